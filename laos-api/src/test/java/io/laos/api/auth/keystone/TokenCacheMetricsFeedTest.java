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
package io.laos.api.auth.keystone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.codahale.metrics.MetricRegistry;
import io.laos.api.metrics.TokenCacheMetrics;
import io.laos.common.error.LaosException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The authenticator's token cache feeds {@link TokenCacheMetrics}. */
class TokenCacheMetricsFeedTest {
    private final KeystoneHarness h = new KeystoneHarness();
    private final MetricRegistry registry = new MetricRegistry();
    private final KeystoneAuthenticator authenticator = authenticator(1000);

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void aMissIsTimedAsOneKeystoneValidationAndAHitIsCounted() {
        String token = h.token("demo", "demo");

        authenticator.authenticate(token);
        assertThat(count("misses")).isEqualTo(1);
        assertThat(count("hits")).isZero();
        assertThat(registry.timer(TokenCacheMetrics.PREFIX + ".loads").getCount()).isEqualTo(1);

        authenticator.authenticate(token);
        authenticator.authenticate(token);
        assertThat(count("hits")).isEqualTo(2);
        assertThat(count("misses")).isEqualTo(1);
        assertThat(registry.timer(TokenCacheMetrics.PREFIX + ".loads").getCount()).isEqualTo(1);
        assertThat(h.keystone.validations()).isEqualTo(1);
    }

    @Test
    void anUnknownTokenIsAMissThenANegativeHit() {
        authenticator.authenticate("gAAAAABunknown");
        authenticator.authenticate("gAAAAABunknown");

        assertThat(count("misses")).isEqualTo(1);
        assertThat(count("hits")).isEqualTo(1);
    }

    @Test
    void anExpiredEntryIsCountedAsAnEviction() {
        String token = h.token("demo", "demo");
        authenticator.authenticate(token);

        h.time.advance(KeystoneHarness.TTL.plusSeconds(1));
        authenticator.authenticate(token);

        assertThat(count("evictions")).isEqualTo(1);
        assertThat(count("misses")).isEqualTo(2);
    }

    @Test
    void aFullCacheEvicts() {
        KeystoneAuthenticator small = authenticator(1);

        small.authenticate(h.token("demo", "demo"));
        small.authenticate(h.token("reader", "demo"));
        small.authenticate(h.token("admin", "admin"));

        assertThat(count("evictions")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aFailedValidationIsCountedAsALoadFailure() {
        h.keystone.failWith(500);
        String token = h.token("demo", "demo");

        assertThatThrownBy(() -> authenticator.authenticate(token))
                .isInstanceOf(LaosException.class);

        assertThat(count("load-failures")).isEqualTo(1);
        assertThat(count("misses")).isEqualTo(1);
    }

    private KeystoneAuthenticator authenticator(long maxSize) {
        return new KeystoneAuthenticator(h.client, h.serviceToken, h.time, h.time,
                KeystoneHarness.TTL, Duration.ofSeconds(5), maxSize,
                new TokenCacheMetrics(registry));
    }

    private long count(String meter) {
        return registry.meter(TokenCacheMetrics.PREFIX + "." + meter).getCount();
    }
}
