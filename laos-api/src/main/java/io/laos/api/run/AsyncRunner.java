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

import io.dropwizard.lifecycle.Managed;
import io.laos.api.http.LimitedInputStream;
import io.laos.api.metrics.RunMetrics;
import io.laos.common.error.ErrorKind;
import io.laos.common.error.LaosException;
import io.laos.common.model.Call;
import io.laos.common.model.RunTarget;
import io.laos.db.dao.CallDao;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * LaOS's own async runs: a call is stored (status {@code queued}, with its request) before its
 * id is answered, so nothing accepted is lost, then a bounded pool of workers runs it through
 * the driver. At most {@code workers + queueSize} calls are in memory; beyond that callers get
 * 503. On start, calls this process left running are marked interrupted and queued calls are
 * taken up again; on stop, running calls finish (within a bounded wait) and the rest stay
 * queued in the database for the next start.
 */
public class AsyncRunner implements Managed {
    private static final Logger LOG = LoggerFactory.getLogger(AsyncRunner.class);
    static final String INTERRUPTED = "interrupted: LaOS restarted";
    private static final int RESUME_PAGE = 500;
    private static final long INTERRUPT_GRACE_SECONDS = 5;

    private final CallDao calls;
    private final AsyncCallExecutor executor;
    private final String node;
    private final long maxBodyBytes;
    private final Duration drainTimeout;
    private final Clock clock;
    private final RunMetrics metrics;
    private final Semaphore slots;
    private final InFlight inFlight = new InFlight();
    private final ThreadPoolExecutor pool;
    private volatile boolean accepting;
    private Thread resumer;

    AsyncRunner(CallDao calls, AsyncCallExecutor executor, String node, RunsConfiguration cfg,
                Clock clock, RunMetrics metrics) {
        this.calls = calls;
        this.executor = executor;
        this.node = node;
        this.maxBodyBytes = cfg.getMaxAsyncBodySize().toBytes();
        this.drainTimeout = Duration.ofMillis(cfg.getAsyncDrainTimeout().toMilliseconds());
        this.clock = clock;
        this.metrics = metrics;
        this.slots = new Semaphore(cfg.getAsyncWorkers() + cfg.getAsyncQueueSize());
        AtomicInteger threads = new AtomicInteger();
        // Admission is bounded by the semaphore, so the pool's own queue never refuses.
        this.pool = new ThreadPoolExecutor(cfg.getAsyncWorkers(), cfg.getAsyncWorkers(), 0,
                TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                r -> new Thread(r, "laos-async-" + threads.incrementAndGet()));
    }

    /**
     * Stores an async call and queues it: returns its id. 413 for a body over the limit, 503
     * when the queue is full or LaOS is stopping.
     */
    public String submit(RunTarget target, RunRequest request, Instant createdAt) {
        if (request.contentLength() > maxBodyBytes) {
            throw tooLarge();
        }
        if (!accepting) {
            throw unavailable("LaOS is shutting down; try again later");
        }
        if (!slots.tryAcquire()) {
            metrics.rejected();
            throw unavailable("Too many async calls are waiting to run; try again later");
        }
        inFlight.begin();
        try {
            byte[] body = LimitedInputStream.readAll(request.body(), maxBodyBytes);
            if (body == null) {
                throw tooLarge();
            }
            Call call = Call.queued(CallIds.next(), target, createdAt);
            calls.insertQueued(call, AsyncRequests.encode(request), body);
            enqueue(call.id());
            metrics.queued();
            return call.id();
        } catch (IOException e) {
            release();
            throw LaosException.badRequest(null, "The request body could not be read: "
                    + e.getMessage());
        } catch (RuntimeException e) {
            release();
            throw e;
        }
    }

    /** Runs a call that holds a slot; the slot is given back when it is done. */
    private void enqueue(String callId) {
        try {
            pool.execute(() -> {
                try {
                    executor.execute(callId);
                } catch (RuntimeException e) {
                    LOG.error("Async call {} could not be recorded; it stays running until the"
                            + " next start marks it interrupted", callId, e);
                } finally {
                    release();
                }
            });
        } catch (RejectedExecutionException e) {
            // Stopping: the call is stored as queued, and the next start runs it.
            release();
        }
    }

    private void release() {
        slots.release();
        inFlight.end();
    }

    /** Waits until no async call is queued in memory or running (for tests and shutdown). */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        return inFlight.awaitZero(timeout);
    }

    @Override
    public void start() {
        Instant now = clock.instant();
        int interrupted = calls.interruptRunning(node, now.toEpochMilli(), INTERRUPTED);
        if (interrupted > 0) {
            LOG.warn("{} async call(s) were running when LaOS stopped; marked as errors",
                    interrupted);
        }
        accepting = true;
        inFlight.begin();
        resumer = new Thread(() -> resume(now), "laos-async-resume");
        resumer.setDaemon(true);
        resumer.start();
    }

    /** Queues the calls stored before {@code start}, oldest first, as slots become free. */
    private void resume(Instant start) {
        int resumed = 0;
        try {
            Call after = null;
            while (accepting) {
                List<Call> page = calls.listQueued(after, RESUME_PAGE);
                for (Call call : page) {
                    if (!call.createdAt().isBefore(start)) {
                        return; // accepted by this process since it started: already queued
                    }
                    slots.acquire();
                    inFlight.begin();
                    enqueue(call.id());
                    resumed++;
                }
                if (page.size() < RESUME_PAGE) {
                    return;
                }
                after = page.get(page.size() - 1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("Resuming queued async calls failed; they stay queued", e);
        } finally {
            if (resumed > 0) {
                LOG.info("Resumed {} queued async call(s)", resumed);
            }
            inFlight.end();
        }
    }

    @Override
    public void stop() throws InterruptedException {
        accepting = false;
        resumer.interrupt();
        List<Runnable> waiting = new ArrayList<>();
        pool.getQueue().drainTo(waiting);
        for (int i = 0; i < waiting.size(); i++) {
            release();
        }
        pool.shutdown();
        if (!pool.awaitTermination(drainTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
            LOG.warn("Async calls still running after {} are interrupted", drainTimeout);
            pool.shutdownNow();
            // A worker that ends on the interrupt records its call; one that does not is left
            // running in the database, and the next start marks it interrupted.
            pool.awaitTermination(INTERRUPT_GRACE_SECONDS, TimeUnit.SECONDS);
        }
        if (!waiting.isEmpty()) {
            LOG.info("{} async call(s) stay queued for the next start", waiting.size());
        }
    }

    private LaosException tooLarge() {
        return new LaosException(ErrorKind.PAYLOAD_TOO_LARGE, "The request body of an async"
                + " run must be at most " + maxBodyBytes + " bytes");
    }

    private static LaosException unavailable(String message) {
        return new LaosException(ErrorKind.UNAVAILABLE, message);
    }
}
