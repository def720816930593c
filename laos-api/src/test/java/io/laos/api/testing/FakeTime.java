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
package io.laos.api.testing;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time that only moves when a test says so: one source for both the wall clock (token expiry)
 * and Caffeine's ticker (cache lifetimes), so that tests never sleep.
 */
public final class FakeTime extends Clock implements Ticker {
    private final Instant origin;
    private final AtomicLong elapsedNanos = new AtomicLong();

    public FakeTime() {
        this(Instant.parse("2026-01-01T00:00:00Z"));
    }

    public FakeTime(Instant origin) {
        this.origin = origin;
    }

    public void advance(Duration d) {
        elapsedNanos.addAndGet(d.toNanos());
    }

    @Override
    public long read() {
        return elapsedNanos.get();
    }

    @Override
    public Instant instant() {
        return origin.plusNanos(elapsedNanos.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
