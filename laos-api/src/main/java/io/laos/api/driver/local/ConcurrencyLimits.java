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

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code max_concurrency} per (engine app, route path): that many calls run, up to
 * {@code maxQueued} more wait for a slot (first come, first served), and the rest are turned
 * away at once. A waiting call gives up after the route's timeout.
 *
 * <p>When a route's {@code max_concurrency} changes, new calls count against a fresh limit
 * while calls already admitted finish under the old one, so the two may briefly overlap.
 */
final class ConcurrencyLimits {

    /** A running slot; closing it lets the next call in. */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private record Key(String app, String path) {
    }

    private static final class RouteLimit {
        final int max;
        final Semaphore slots;
        /** Running plus waiting calls. */
        final AtomicInteger admitted = new AtomicInteger();

        RouteLimit(int max) {
            this.max = max;
            this.slots = new Semaphore(max, true);
        }
    }

    private final int maxQueued;
    private final Map<Key, RouteLimit> limits = new ConcurrentHashMap<>();

    ConcurrencyLimits(int maxQueued) {
        this.maxQueued = maxQueued;
    }

    /** Waits for a slot; returns null when the route is full or no slot came in time. */
    Permit acquire(String app, String path, int maxConcurrency, Duration maxWait)
            throws InterruptedException {
        int max = Math.max(1, maxConcurrency);
        RouteLimit limit = limits.compute(new Key(app, path),
                (k, current) -> current != null && current.max == max ? current
                        : new RouteLimit(max));
        if (limit.admitted.incrementAndGet() > max + maxQueued) {
            limit.admitted.decrementAndGet();
            return null;
        }
        boolean acquired = false;
        try {
            acquired = limit.slots.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS);
        } finally {
            if (!acquired) {
                limit.admitted.decrementAndGet();
            }
        }
        if (!acquired) {
            return null;
        }
        return new Permit() {
            private boolean closed;

            @Override
            public synchronized void close() {
                if (!closed) {
                    closed = true;
                    limit.slots.release();
                    limit.admitted.decrementAndGet();
                }
            }
        };
    }

    /** Forgets a deleted route. */
    void forget(String app, String path) {
        limits.remove(new Key(app, path));
    }

    /** Forgets every route of a deleted app. */
    void forgetApp(String app) {
        limits.keySet().removeIf(k -> k.app().equals(app));
    }
}
