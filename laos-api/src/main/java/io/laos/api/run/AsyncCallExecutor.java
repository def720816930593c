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

import io.laos.api.metrics.RunMetrics;
import io.laos.common.driver.FunctionsDriver;
import io.laos.common.driver.InvocationRequest;
import io.laos.common.driver.InvocationResult;
import io.laos.common.error.LaosException;
import io.laos.common.model.Call;
import io.laos.common.model.CallOutcome;
import io.laos.common.model.CallStatus;
import io.laos.common.model.RunTarget;
import io.laos.db.dao.CallDao;
import io.laos.db.dao.RunTargetDao;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one queued async call: claims it (so it runs once, even if two processes resume it),
 * replays its stored request through the driver against the route as it is now, and records
 * the outcome and the function's log. The function's output is read and dropped, as
 * IronFunctions does for async calls.
 */
final class AsyncCallExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(AsyncCallExecutor.class);

    private final CallDao calls;
    private final RunTargetDao targets;
    private final FunctionsDriver driver;
    private final String node;
    private final long maxLogBytes;
    private final Clock clock;
    private final RunMetrics metrics;

    AsyncCallExecutor(CallDao calls, RunTargetDao targets, FunctionsDriver driver, String node,
                      long maxLogBytes, Clock clock, RunMetrics metrics) {
        this.calls = calls;
        this.targets = targets;
        this.driver = driver;
        this.node = node;
        this.maxLogBytes = maxLogBytes;
        this.clock = clock;
        this.metrics = metrics;
    }

    void execute(String callId) {
        Instant started = clock.instant();
        if (!calls.claim(callId, node, started)) {
            return; // taken by another worker or process, or no longer queued
        }
        try {
            Call call = calls.findById(callId).orElseThrow();
            Optional<CallDao.StoredRequest> stored = calls.findRequest(callId);
            Optional<RunTarget> target = targets.find(call.projectId(), call.appName(),
                    call.routePath());
            if (stored.isEmpty() || target.isEmpty()) {
                complete(callId, started, new CallOutcome(CallStatus.ERROR, 404,
                        "The route no longer exists"), null);
                return;
            }
            invoke(callId, target.get(), stored.get(), started);
        } catch (RuntimeException e) {
            LOG.error("Async call {} failed in LaOS", callId, e);
            complete(callId, started, new CallOutcome(CallStatus.ERROR, 500,
                    "Internal error; the operator can find it in the log by the call id"), null);
        }
    }

    private void invoke(String callId, RunTarget target, CallDao.StoredRequest stored,
                        Instant started) {
        AsyncRequests.Meta meta = AsyncRequests.decode(stored.meta());
        byte[] body = stored.body() == null ? new byte[0] : stored.body();
        InvocationResult result;
        try {
            RunTargets.Resolved resolved = RunTargets.Resolved.of(target);
            result = driver.invoke(new InvocationRequest(callId, resolved.engineApp(),
                    resolved.engineRoute(), meta.method(), meta.uri(), meta.query(),
                    meta.headers(), new ByteArrayInputStream(body), body.length));
        } catch (LaosException e) {
            complete(callId, started, Outcomes.failed(e), null);
            return;
        }
        CallOutcome outcome;
        String log = null;
        try (InvocationResult r = result) {
            r.body().transferTo(OutputStream.nullOutputStream());
            outcome = Outcomes.answered(r.status(), r.errorMessage().orElse(null));
            log = r.log().orElse(null);
        } catch (IOException e) {
            outcome = Outcomes.interrupted(result.status(),
                    "The function's answer broke off: " + e.getMessage());
        }
        complete(callId, started, outcome, log);
    }

    private void complete(String callId, Instant started, CallOutcome outcome, String log) {
        Instant completed = clock.instant();
        calls.complete(callId, outcome, started, completed);
        metrics.finished(outcome, Duration.between(started, completed));
        if (log != null) {
            calls.insertLog(CallLogs.bounded(callId, log, maxLogBytes));
        }
    }
}
