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
import io.laos.common.model.Call;
import io.laos.common.model.CallLog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes sync call records behind the response: request threads queue finished records and one
 * writer thread inserts them in batches, so no database round trip sits on the run path. When
 * the queue is full the request thread writes a batch itself (backpressure, never loss); a
 * clean shutdown writes everything still queued.
 *
 * <p>The queue is lock-free and the writer is not woken per record: it wakes every flush
 * interval (or as soon as {@link #flush} or {@link #stop} asks) and writes all that has come in,
 * in batches. Handing over a record is then a few atomic operations, with no lock that the
 * request threads queue for and no thread switch (at tens of thousands of runs per second both
 * cost more than the rest of the hand-over).
 */
public class CallRecorder implements Managed {
    private static final Logger LOG = LoggerFactory.getLogger(CallRecorder.class);
    private static final long MAX_BACKOFF_MS = 5_000;

    /** A finished call and its log (or null). */
    record Entry(Call call, CallLog log) {
    }

    /** Inserts a batch of finished calls and their logs in one transaction. */
    @FunctionalInterface
    public interface Writer {
        void insertFinished(List<Call> calls, List<CallLog> logs);
    }

    private final Writer calls;
    private final Queue<Entry> queue = new ConcurrentLinkedQueue<>();
    /** Records in the queue; the queue's own size() would walk it. */
    private final AtomicInteger queued = new AtomicInteger();
    private final int capacity;
    private final int batchSize;
    private final long flushNanos;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final WriteProgress progress = new WriteProgress();
    private volatile boolean running;
    private volatile Thread writer;

    public CallRecorder(Writer calls, int queueSize, int batchSize, Duration flush) {
        this.calls = calls;
        this.capacity = queueSize;
        this.batchSize = batchSize;
        // A zero interval would make the writer spin; a millisecond is as good as no wait.
        this.flushNanos = Math.max(flush.toNanos(), TimeUnit.MILLISECONDS.toNanos(1));
    }

    /** Records a finished call; returns at once unless the queue is full. */
    public void record(Call call, CallLog log) {
        Entry entry = new Entry(call, log);
        progress.submitted();
        if (running) {
            if (queued.incrementAndGet() <= capacity) {
                queue.add(entry);
                if (!running) {
                    // stop() may have drained the queue just before this record joined it.
                    drainAndWrite();
                }
                return;
            }
            queued.decrementAndGet();
        }
        // The writer is behind: write a whole batch here, this record and the oldest waiting
        // ones, so that the queue drains as fast as records come (a lone insert would not).
        List<Entry> batch = new ArrayList<>(batchSize);
        batch.add(entry);
        take(batch, batchSize - 1);
        write(batch, false);
        progress.writtenBatch(batch.size());
    }

    /** Waits until every record handed in before this call is written (tests, shutdown). */
    public boolean flush(Duration timeout) throws InterruptedException {
        long target = progress.lastSubmitted();
        Thread w = writer;
        if (w != null) {
            LockSupport.unpark(w);
        }
        return progress.awaitWritten(target, timeout);
    }

    @Override
    public void start() {
        running = true;
        Thread w = new Thread(this::writeLoop, "laos-call-recorder");
        w.setDaemon(true);
        writer = w;
        w.start();
    }

    @Override
    public void stop() throws InterruptedException {
        running = false;
        stopped.countDown();
        Thread w = writer;
        LockSupport.unpark(w);
        w.join(TimeUnit.SECONDS.toMillis(30));
        drainAndWrite();
    }

    private void drainAndWrite() {
        List<Entry> rest = new ArrayList<>();
        take(rest, Integer.MAX_VALUE);
        if (!rest.isEmpty()) {
            write(rest, false);
            progress.writtenBatch(rest.size());
        }
    }

    /** Moves up to {@code max} of the oldest queued records into {@code into}. */
    private void take(List<Entry> into, int max) {
        for (int i = 0; i < max; i++) {
            Entry e = queue.poll();
            if (e == null) {
                return;
            }
            queued.decrementAndGet();
            into.add(e);
        }
    }

    private void writeLoop() {
        List<Entry> batch = new ArrayList<>(batchSize);
        try {
            while (running || !queue.isEmpty()) {
                // Everything that came in since the last round, a batch at a time.
                take(batch, batchSize);
                while (!batch.isEmpty()) {
                    writeWithRetry(batch);
                    progress.writtenBatch(batch.size());
                    batch.clear();
                    take(batch, batchSize);
                }
                if (running) {
                    // Woken early by flush() and stop(); a spurious wake-up costs one round.
                    LockSupport.parkNanos(this, flushNanos);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (!batch.isEmpty()) {
                write(batch, false);
                progress.writtenBatch(batch.size());
            }
        }
    }

    /** Retries a failed batch (the database may be down for a while) until shutdown. */
    private void writeWithRetry(List<Entry> batch) throws InterruptedException {
        long backoff = 100;
        while (running) {
            if (write(batch, true)) {
                return;
            }
            if (stopped.await(backoff, TimeUnit.MILLISECONDS)) {
                break;
            }
            backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
        }
        write(batch, false);
    }

    /**
     * Inserts records in one transaction. When {@code willRetry} is false a failure is final:
     * the records are logged in full, so the operator still has them.
     */
    private boolean write(List<Entry> entries, boolean willRetry) {
        List<Call> batch = new ArrayList<>(entries.size());
        List<CallLog> logs = new ArrayList<>();
        for (Entry e : entries) {
            batch.add(e.call());
            if (e.log() != null) {
                logs.add(e.log());
            }
        }
        try {
            calls.insertFinished(batch, logs);
            return true;
        } catch (RuntimeException e) {
            if (willRetry) {
                LOG.warn("Cannot write {} call record(s) yet, will retry: {}", batch.size(),
                        e.toString());
            } else {
                LOG.error("Cannot write {} call record(s); they are lost: {}", batch.size(),
                        batch, e);
            }
            return false;
        }
    }
}
