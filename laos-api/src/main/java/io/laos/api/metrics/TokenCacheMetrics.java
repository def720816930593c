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
package io.laos.api.metrics;

import com.codahale.metrics.Meter;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.RatioGauge;
import com.codahale.metrics.Timer;
import com.github.benmanes.caffeine.cache.RemovalCause;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import com.github.benmanes.caffeine.cache.stats.StatsCounter;
import java.util.concurrent.TimeUnit;

/**
 * Token cache metrics for the Keystone authenticator: {@code laos.auth.token-cache.hits},
 * {@code .misses}, {@code .evictions} (entries dropped for age or size), {@code .load-failures}
 * (meters) and {@code .loads} (a timer of the Keystone validations behind misses, failed ones
 * included), and {@code .hit-ratio} (a gauge, over the last minute). It is a Caffeine
 * {@link StatsCounter}: the authenticator's cache feeds it through
 * {@code Caffeine.newBuilder().recordStats(() -> tokenCacheMetrics)}, and reports the failed
 * validations itself ({@link #keystoneFailure()}), which Caffeine sees as ordinary loads.
 */
public class TokenCacheMetrics implements StatsCounter {
    public static final String PREFIX = "laos.auth.token-cache";

    private final Meter hits;
    private final Meter misses;
    private final Meter evictions;
    private final Meter loadFailures;
    private final Timer loads;

    public TokenCacheMetrics(MetricRegistry registry) {
        hits = registry.meter(MetricRegistry.name(PREFIX, "hits"));
        misses = registry.meter(MetricRegistry.name(PREFIX, "misses"));
        evictions = registry.meter(MetricRegistry.name(PREFIX, "evictions"));
        loadFailures = registry.meter(MetricRegistry.name(PREFIX, "load-failures"));
        loads = registry.timer(MetricRegistry.name(PREFIX, "loads"));
        registry.gauge(MetricRegistry.name(PREFIX, "hit-ratio"), () -> new RatioGauge() {
            @Override
            protected Ratio getRatio() {
                double h = hits.getOneMinuteRate();
                return Ratio.of(h, h + misses.getOneMinuteRate());
            }
        });
    }

    public void hit() {
        hits.mark();
    }

    public void miss() {
        misses.mark();
    }

    /**
     * A validation behind a miss failed (Keystone unreachable or erroring). Its time is in
     * {@code loads} already, as Caffeine recorded it as a load.
     */
    public void keystoneFailure() {
        loadFailures.mark();
    }

    @Override
    public void recordHits(int count) {
        hits.mark(count);
    }

    @Override
    public void recordMisses(int count) {
        misses.mark(count);
    }

    @Override
    public void recordLoadSuccess(long loadTime) {
        loads.update(loadTime, TimeUnit.NANOSECONDS);
    }

    @Override
    public void recordLoadFailure(long loadTime) {
        loadFailures.mark();
        loads.update(loadTime, TimeUnit.NANOSECONDS);
    }

    @Override
    public void recordEviction(int weight, RemovalCause cause) {
        evictions.mark();
    }

    @Override
    public CacheStats snapshot() {
        long loadCount = loads.getCount();
        return CacheStats.of(hits.getCount(), misses.getCount(),
                loadCount - loadFailures.getCount(), loadFailures.getCount(), 0L,
                evictions.getCount(), 0L);
    }
}
