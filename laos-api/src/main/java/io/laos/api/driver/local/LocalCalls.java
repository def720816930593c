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

import io.laos.common.driver.EngineRoute;
import io.laos.common.driver.InvocationRequest;
import io.laos.common.driver.InvocationResult;
import io.laos.common.error.EngineException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs calls: picks the image, waits for a slot under {@code max_concurrency}, builds the
 * environment and argv, runs the process and turns its end into the answer (API.md 5.3).
 */
final class LocalCalls implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LocalCalls.class);
    /** IronFunctions' default, for a route that somehow has none. */
    private static final int DEFAULT_TIMEOUT_SECONDS = 30;

    private final Map<String, ImageCommand> images;
    private final ProcessRunner runner;
    private final MemoryLimits memory;
    private final ConcurrencyLimits limits;
    private final String searchPath;
    private volatile boolean closed;

    LocalCalls(Map<String, ImageCommand> images, ProcessRunner runner, MemoryLimits memory,
               ConcurrencyLimits limits, String searchPath) {
        this.images = Map.copyOf(images);
        this.runner = runner;
        this.memory = memory;
        this.limits = limits;
        this.searchPath = searchPath;
    }

    boolean knowsImage(String image) {
        return image != null && images.containsKey(image);
    }

    boolean isClosed() {
        return closed;
    }

    InvocationResult invoke(InvocationRequest request) {
        if (closed) {
            throw EngineException.unreachable("the local engine is shut down", null);
        }
        EngineRoute route = request.route();
        ImageCommand image = images.get(route.image());
        if (image == null) {
            // The operator removed the image after the route was created.
            return LocalResult.failed(500, request.callId(),
                    "Image '" + route.image() + "' is not available on this LaOS", null);
        }
        Duration timeout = Duration.ofSeconds(
                route.timeout() > 0 ? route.timeout() : DEFAULT_TIMEOUT_SECONDS);
        try (ConcurrencyLimits.Permit permit = limits.acquire(request.app().name(),
                route.path(), route.maxConcurrency(), timeout)) {
            if (permit == null) {
                return LocalResult.busy(Math.max(1, route.maxConcurrency()));
            }
            return run(request, image, timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw EngineException.unreachable("interrupted during call " + request.callId(), e);
        }
    }

    private InvocationResult run(InvocationRequest request, ImageCommand image, Duration timeout)
            throws InterruptedException {
        String callId = request.callId();
        Map<String, String> env = FunctionEnvironment.of(request, image,
                image.workingDirectory(), searchPath);
        List<String> argv = memory.wrap(image.command(), request.route().memory());
        ProcessRunner.Outcome outcome;
        try {
            outcome = runner.run(argv, image.workingDirectory(), env, request.body(), timeout);
        } catch (IOException e) {
            if (closed) {
                throw EngineException.unreachable("the local engine shut down during call "
                        + callId, e);
            }
            LOG.warn("Local engine: call {} of image '{}' could not run: {}", callId,
                    image.name(), e.toString());
            return LocalResult.failed(500, callId, "The function could not be run", null);
        }
        if (outcome.timedOut()) {
            return LocalResult.failed(504, callId, "Timed out", outcome.log());
        }
        if (outcome.exitCode() != 0) {
            outcome.stdout().discard();
            return LocalResult.failed(500, callId, "exit code " + outcome.exitCode(),
                    outcome.log());
        }
        try {
            return LocalResult.ok(request.route().headers(), outcome.stdout().openInput(),
                    outcome.log());
        } catch (IOException e) {
            outcome.stdout().discard();
            LOG.warn("Local engine: call {}: reading the spilled output failed: {}", callId,
                    e.toString());
            return LocalResult.failed(500, callId, "The function's output was lost", null);
        }
    }

    /** Refuses new calls and kills the running ones. */
    @Override
    public void close() {
        closed = true;
        runner.close();
    }
}
