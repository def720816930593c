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
import io.laos.db.dao.CallDao;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes sync call records behind the response: request threads queue finished records and one
 * writer thread inserts them in batches, so no database round trip sits on the run path. When
 * the queue is full the request thread writes a batch itself (backpressure, never loss); a
 * clean shutdown writes everything still queued.
 */
public class CallRecorder implements Managed {
    private static final Logger LOG = LoggerFactory.getLogger(CallRecorder.class);
    private static final long MAX_BACKOFF_MS = 5_000;
    private static final long SLICE_MS = 50;

    /** A finished call and its log (or null). */
    record Entry(Call call, CallLog log) {
    }

    private final CallDao calls;
    private final BlockingQueue<Entry> queue;
    private final int batchSize;
    private final long flushNanos;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final WriteProgress progress = new WriteProgress();
    private volatile boolean running;
    private Thread writer;

    public CallRecorder(CallDao calls, int queueSize, int batchSize, Duration flush) {
        this.calls = calls;
        this.queue = new ArrayBlockingQueue<>(queueSize);
        this.batchSize = batchSize;
        this.flushNanos = flush.toNanos();
    }

    /** Records a finished call; returns at once unless the queue is full. */
    public void record(Call call, CallLog log) {
        Entry entry = new Entry(call, log);
        progress.submitted();
        if (running && queue.offer(entry)) {
            if (!running) {
                // stop() may have drained the queue just before this record joined it.
                drainAndWrite();
            }
            return;
        }
        // The writer is behind: write a whole batch here, this record and the oldest waiting
        // ones, so that the queue drains as fast as records come (a lone insert would not).
        List<Entry> batch = new ArrayList<>(batchSize);
        batch.add(entry);
        queue.drainTo(batch, batchSize - 1);
        write(batch, false);
        progress.writtenBatch(batch.size());
    }

    /** Waits until every record handed in before this call is written (tests, shutdown). */
    public boolean flush(Duration timeout) throws InterruptedException {
        return progress.awaitWritten(progress.lastSubmitted(), timeout);
    }

    @Override
    public void start() {
        running = true;
        writer = new Thread(this::writeLoop, "laos-call-recorder");
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public void stop() throws InterruptedException {
        running = false;
        stopped.countDown();
        writer.join(TimeUnit.SECONDS.toMillis(30));
        drainAndWrite();
    }

    private void drainAndWrite() {
        List<Entry> rest = new ArrayList<>();
        queue.drainTo(rest);
        if (!rest.isEmpty()) {
            write(rest, false);
            progress.writtenBatch(rest.size());
        }
    }

    private void writeLoop() {
        List<Entry> batch = new ArrayList<>(batchSize);
        try {
            while (running || !queue.isEmpty()) {
                collect(batch);
                if (!batch.isEmpty()) {
                    writeWithRetry(batch);
                    progress.writtenBatch(batch.size());
                    batch.clear();
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

    /**
     * Takes the next records: waits for a first one, then up to the flush interval for the
     * batch to fill. Waits are cut into short slices so that stop() is seen promptly without
     * interrupting the thread (an interrupt can break a JDBC connection mid-write).
     */
    private void collect(List<Entry> batch) throws InterruptedException {
        Entry first = queue.poll(SLICE_MS, TimeUnit.MILLISECONDS);
        if (first == null) {
            return;
        }
        batch.add(first);
        long deadline = System.nanoTime() + flushNanos;
        while (running && batch.size() < batchSize) {
            queue.drainTo(batch, batchSize - batch.size());
            long left = deadline - System.nanoTime();
            if (batch.size() >= batchSize || left <= 0) {
                return;
            }
            Entry next = queue.poll(Math.min(left, TimeUnit.MILLISECONDS.toNanos(SLICE_MS)),
                    TimeUnit.NANOSECONDS);
            if (next != null) {
                batch.add(next);
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
