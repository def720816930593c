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
package io.laos.api.driver.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one process to its end: streams the body to stdin, collects stdout and stderr, and kills
 * the whole process tree when the deadline passes. A call is finished when the process has
 * exited and closed both output pipes; a background child that keeps them open past the
 * deadline makes the call time out.
 */
final class ProcessRunner implements AutoCloseable {
    /** How long a killed process's stderr may take to drain, for the timed-out call's log. */
    private static final Duration DRAIN_AFTER_KILL = Duration.ofSeconds(2);

    /** The end of a run: an exit code with stdout, or a timeout; the log either way. */
    record Outcome(boolean timedOut, int exitCode, SpillingBuffer stdout, String log) {
    }

    private final Path tempDirectory;
    private final int outputMemoryLimit;
    private final int logLimit;
    private final Set<Process> running = ConcurrentHashMap.newKeySet();
    private final ExecutorService io;

    ProcessRunner(Path tempDirectory, int outputMemoryLimit, int logLimit) {
        this.tempDirectory = tempDirectory;
        this.outputMemoryLimit = outputMemoryLimit;
        this.logLimit = logLimit;
        AtomicInteger threads = new AtomicInteger();
        this.io = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "local-engine-io-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    Outcome run(List<String> argv, Path workingDirectory, Map<String, String> environment,
                InputStream body, Duration timeout) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(argv).directory(workingDirectory.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        long deadline = System.nanoTime() + timeout.toNanos();
        Process process = builder.start();
        running.add(process);
        SpillingBuffer stdout = new SpillingBuffer(tempDirectory, outputMemoryLimit);
        BoundedLog stderr = new BoundedLog(logLimit);
        Future<?> err = null;
        boolean finished = false;
        try {
            io.execute(() -> feed(body, process.getOutputStream()));
            Future<?> out = io.submit(() -> drain(process.getInputStream(), stdout));
            err = io.submit(() -> drain(process.getErrorStream(), stderr));
            finished = process.waitFor(remaining(deadline), TimeUnit.NANOSECONDS)
                    && await(out, remaining(deadline)) && await(err, remaining(deadline));
        } catch (RejectedExecutionException e) {
            throw new IOException("the local engine is shutting down", e);
        } finally {
            if (!finished) {
                ProcessTrees.kill(process.toHandle());
                stdout.discard();
                if (err != null) {
                    awaitQuietly(err, DRAIN_AFTER_KILL);
                }
            }
            running.remove(process);
        }
        return finished ? new Outcome(false, process.exitValue(), stdout, stderr.text())
                : new Outcome(true, -1, null, stderr.text());
    }

    /** Kills every process still running (LaOS is shutting down). */
    @Override
    public void close() {
        running.forEach(p -> ProcessTrees.kill(p.toHandle()));
        io.shutdownNow();
    }

    /**
     * Copies the request body to stdin, then closes it so the function sees EOF. A function
     * that exits without reading makes the copy fail (broken pipe); that is its choice.
     */
    private static void feed(InputStream body, OutputStream stdin) {
        try (stdin) {
            body.transferTo(stdin);
        } catch (IOException e) {
            // The function stopped reading, or the caller's body broke off: stdin just ends.
        }
    }

    private static Void drain(InputStream pipe, OutputStream sink) throws IOException {
        try (pipe; sink) {
            pipe.transferTo(sink);
        }
        return null;
    }

    private static long remaining(long deadline) {
        return Math.max(0, deadline - System.nanoTime());
    }

    private static boolean await(Future<?> pump, long nanos)
            throws IOException, InterruptedException {
        try {
            pump.get(nanos, TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io
                    : new IOException("reading the function's output failed", e.getCause());
        }
    }

    private static void awaitQuietly(Future<?> pump, Duration wait) {
        try {
            pump.get(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // The log is best effort once the call is lost anyway.
        }
    }
}
