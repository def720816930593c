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

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.laos.common.model.CallStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RunAndTokenMetricsTest {
    private final MetricRegistry registry = new MetricRegistry();

    @Test
    void runOutcomesAreCountedByStatus() {
        RunMetrics runs = new RunMetrics(registry);

        runs.record(CallStatus.SUCCESS);
        runs.success();
        runs.error();
        runs.timeout();
        runs.queued();
        runs.rejected();
        runs.record(CallStatus.RUNNING);
        runs.executed(Duration.ofMillis(12));

        assertThat(registry.meter("laos.runs.success").getCount()).isEqualTo(2);
        assertThat(registry.meter("laos.runs.error").getCount()).isEqualTo(1);
        assertThat(registry.meter("laos.runs.timeout").getCount()).isEqualTo(1);
        assertThat(registry.meter("laos.runs.queued").getCount()).isEqualTo(1);
        assertThat(registry.meter("laos.runs.rejected").getCount()).isEqualTo(1);
        assertThat(registry.timer("laos.runs.duration").getCount()).isEqualTo(1);
    }

    @Test
    void aCaffeineCacheFeedsTheTokenCacheMetrics() {
        TokenCacheMetrics metrics = new TokenCacheMetrics(registry);
        Cache<String, String> cache = Caffeine.newBuilder().recordStats(() -> metrics).build();

        cache.get("token-a", k -> "principal");
        cache.get("token-a", k -> "principal");
        cache.get("token-a", k -> "principal");
        metrics.miss();

        assertThat(registry.meter("laos.auth.token-cache.hits").getCount()).isEqualTo(2);
        assertThat(registry.meter("laos.auth.token-cache.misses").getCount()).isEqualTo(2);
        assertThat(registry.timer("laos.auth.token-cache.loads").getCount()).isEqualTo(1);
        assertThat(cache.stats().hitCount()).isEqualTo(2);
        assertThat(registry.getGauges()).containsKey("laos.auth.token-cache.hit-ratio");
    }
}
