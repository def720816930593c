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

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts records handed to the {@link CallRecorder} and records written, so that a caller can
 * wait until everything handed in before a point is in the database. The writer works in
 * order, so "written" is a count, not a set. (When the queue overflows, a later record may be
 * written before an earlier one, and a wait may end early by that many records.)
 */
final class WriteProgress {
    // Counted on every run: an atomic, not the monitor the (rare) waiters use.
    private final AtomicLong submitted = new AtomicLong();
    private long written;

    void submitted() {
        submitted.incrementAndGet();
    }

    long lastSubmitted() {
        return submitted.get();
    }

    synchronized void writtenBatch(int count) {
        written += count;
        notifyAll();
    }


    synchronized boolean awaitWritten(long target, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (written < target) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }
}
