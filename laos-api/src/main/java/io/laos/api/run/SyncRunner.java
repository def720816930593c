/*
 * Copyright 2026 The LaOS Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License"); you may not
 * use this file except in compliance with the License. You may obtain a copy of
 * the License at http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS, WITHOUT
 * WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 */
package io.laos.api.run;

import io.laos.api.http.LimitedInputStream;
import io.laos.api.metrics.RunMetrics;
import io.laos.common.driver.FunctionsDriver;
import io.laos.common.driver.InvocationRequest;
import io.laos.common.driver.InvocationResult;
import io.laos.common.error.ErrorKind;
import io.laos.common.error.LaosException;
import io.laos.common.model.Call;
import io.laos.common.model.CallOutcome;
import io.laos.common.model.RouteType;
import io.laos.common.model.RunTarget;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sync runs: the caller's request goes to the driver as a stream, and the function's answer
 * comes back as a stream; neither body is held in memory. The call is recorded (write-behind)
 * once the answer has been carried to the caller, or as soon as the run failed.
 */
final class SyncRunner {
    private static final Logger LOG = LoggerFactory.getLogger(SyncRunner.class);
    private static final int BUFFER = 16 * 1024;

    private final FunctionsDriver driver;
    private final CallRecorder recorder;
    private final long maxBodyBytes;
    private final long maxLogBytes;
    private final Clock clock;
    private final RunMetrics metrics;

    SyncRunner(FunctionsDriver driver, CallRecorder recorder, long maxBodyBytes, long maxLogBytes,
               Clock clock, RunMetrics metrics) {
        this.driver = driver;
        this.recorder = recorder;
        this.maxBodyBytes = maxBodyBytes;
        this.maxLogBytes = maxLogBytes;
        this.clock = clock;
        this.metrics = metrics;
    }

    RunResult.Answered run(RunTargets.Resolved resolved, RunRequest request, Instant createdAt) {
        RunTarget target = resolved.target();
        if (request.contentLength() > maxBodyBytes) {
            throw tooLarge();
        }
        String callId = CallIds.next();
        LimitedInputStream body = new LimitedInputStream(request.body(), maxBodyBytes);
        Instant started = clock.instant();
        InvocationResult result;
        try {
            result = driver.invoke(new InvocationRequest(callId, resolved.engineApp(),
                    resolved.engineRoute(), request.method(), request.requestUri(),
                    request.queryString(), request.headers(), body, request.contentLength()));
        } catch (LaosException e) {
            // A body cut off at the limit reaches the driver as a transport failure.
            LaosException answer = body.exceeded() ? tooLarge() : e;
            record(callId, target, createdAt, started, Outcomes.failed(answer), null);
            throw answer;
        } catch (RuntimeException e) {
            record(callId, target, createdAt, started, Outcomes.failed(new LaosException(
                    ErrorKind.INTERNAL, "Internal error")), null);
            throw e;
        }
        if (body.exceeded()) {
            closeQuietly(result);
            record(callId, target, createdAt, started, Outcomes.failed(tooLarge()), null);
            throw tooLarge();
        }
        return new RunResult.Answered(result.status(),
                ForwardedHeaders.response(result.headers(), callId),
                new Streamed(callId, target, createdAt, started, result));
    }

    /** The function's body on its way to the caller; records the call at the end. */
    private final class Streamed implements RunResult.Body {
        private final String callId;
        private final RunTarget target;
        private final Instant createdAt;
        private final Instant started;
        private final InvocationResult result;

        Streamed(String callId, RunTarget target, Instant createdAt, Instant started,
                 InvocationResult result) {
            this.callId = callId;
            this.target = target;
            this.createdAt = createdAt;
            this.started = started;
            this.result = result;
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            CallOutcome outcome = null;
            String log = null;
            try (InputStream in = result.body()) {
                byte[] buffer = new byte[bufferSize(result)];
                while (true) {
                    int n;
                    try {
                        n = in.read(buffer);
                    } catch (IOException e) {
                        outcome = Outcomes.interrupted(result.status(),
                                "The function's answer broke off: " + e.getMessage());
                        throw e;
                    }
                    if (n < 0) {
                        break;
                    }
                    try {
                        // No flush per chunk: the engines hand over a finished answer, and the
                        // server's buffers let a small one go out whole, with its length.
                        out.write(buffer, 0, n);
                    } catch (IOException e) {
                        outcome = Outcomes.interrupted(result.status(),
                                "The caller went away before the answer was complete");
                        throw e;
                    }
                }
                outcome = Outcomes.answered(result.status(),
                        result.errorMessage().orElse(null));
                log = result.log().orElse(null);
            } finally {
                closeQuietly(result);
                record(callId, target, createdAt, started, outcome == null
                        ? Outcomes.interrupted(result.status(), "The answer broke off")
                        : outcome, log);
            }
        }

        @Override
        public void discard() {
            String log = result.log().orElse(null);
            closeQuietly(result);
            record(callId, target, createdAt, started,
                    Outcomes.answered(result.status(), result.errorMessage().orElse(null)), log);
        }
    }

    /**
     * The copy buffer for an answer: its declared length when that is smaller than the usual
     * buffer (most functions answer a few hundred bytes, and a 16 KiB array per run is garbage
     * the collector must clear at tens of thousands of runs per second), else the usual size.
     */
    static int bufferSize(InvocationResult result) {
        for (Map.Entry<String, List<String>> header : result.headers().entrySet()) {
            if (header.getKey().equalsIgnoreCase("Content-Length")
                    && header.getValue().size() == 1) {
                try {
                    long declared = Long.parseLong(header.getValue().get(0).trim());
                    return (int) Math.max(1, Math.min(BUFFER, declared));
                } catch (NumberFormatException e) {
                    return BUFFER;
                }
            }
        }
        return BUFFER;
    }

    private void record(String callId, RunTarget target, Instant createdAt, Instant started,
                        CallOutcome outcome, String log) {
        Instant completed = clock.instant();
        Call call = Call.finished(callId, target, RouteType.SYNC, createdAt, started, completed,
                outcome);
        metrics.finished(outcome, Duration.between(started, completed));
        recorder.record(call, CallLogs.bounded(callId, log, maxLogBytes));
    }

    private static void closeQuietly(InvocationResult result) {
        try {
            result.close();
        } catch (IOException | RuntimeException e) {
            LOG.debug("Closing a function's answer failed: {}", e.toString());
        }
    }

    private LaosException tooLarge() {
        return tooLarge(maxBodyBytes);
    }

    /** The 413 of a sync run whose body is over {@code maxBodyBytes}. */
    static LaosException tooLarge(long maxBodyBytes) {
        return new LaosException(ErrorKind.PAYLOAD_TOO_LARGE,
                "The request body of a run must be at most " + maxBodyBytes + " bytes");
    }
}
