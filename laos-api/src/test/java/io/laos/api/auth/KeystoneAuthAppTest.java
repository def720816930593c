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
package io.laos.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.laos.api.testing.FakeKeystone;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Keystone authentication as a client sees it: the real application, the fake Keystone. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeystoneAuthAppTest {
    private FakeKeystone keystone;
    private KeystoneLaos laos;
    private String apps;

    @BeforeAll
    void start() throws Exception {
        keystone = FakeKeystone.start().withStandardFixture("pw");
        laos = KeystoneLaos.start(keystone.url(), FakeKeystone.SERVICE_USER,
                FakeKeystone.SERVICE_PASSWORD);
        apps = "/v1/" + keystone.projectId("demo") + "/apps";
    }

    @AfterAll
    void stop() {
        laos.close();
        keystone.close();
    }

    @Test
    void versionDiscoveryNeedsNoToken() {
        assertThat(laos.send("GET", "/", null, null).status()).isEqualTo(200);
    }

    @Test
    void aValidTokenIsLetIn() {
        assertThat(laos.send("GET", apps, keystone.issueToken("demo", "demo"), null).status())
                .isEqualTo(200);
    }

    @Test
    void noTokenIs401WithTheKeystoneChallenge() {
        KeystoneLaos.Response r = laos.send("GET", apps, null, null);

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.header("WWW-Authenticate"))
                .isEqualTo("Keystone uri=\"http://127.0.0.1:" + keystone.port() + "\"");
        assertThat(r.json().path("error").path("code").asInt()).isEqualTo(401);
        assertThat(r.json().path("error").path("message").asText()).contains("X-Auth-Token");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tok\u00e9n", "two words", "quote\"d", "semi;colon"})
    void aMalformedTokenIs401WithoutAskingKeystone(String token) {
        int before = keystone.validations();
        KeystoneLaos.Response r = laos.send("GET", apps, token, null);

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.header("WWW-Authenticate")).startsWith("Keystone uri=");
        assertThat(keystone.validations()).isEqualTo(before);
    }

    @Test
    void anAbsurdlyLongTokenIs401WithoutAskingKeystone() {
        int before = keystone.validations();
        // The test config allows 4096 characters (the default, 8192, is Jetty's header limit).
        assertThat(laos.send("GET", apps, "a".repeat(4097), null).status()).isEqualTo(401);
        assertThat(keystone.validations()).isEqualTo(before);
    }

    @Test
    void anExpiredOrRevokedTokenIs401() {
        keystone.tokenLifetime(Duration.ZERO);
        String expired = keystone.issueToken("demo", "demo");
        keystone.tokenLifetime(Duration.ofHours(1));
        String revoked = keystone.issueToken("demo", "demo");
        keystone.revoke(revoked);

        assertThat(laos.send("GET", apps, expired, null).status()).isEqualTo(401);
        assertThat(laos.send("GET", apps, revoked, null).status()).isEqualTo(401);
    }

    @Test
    void aMissCostsOneKeystoneCallAndHitsNone() {
        String token = keystone.issueToken("demo_reader", "demo");
        int before = keystone.validations();
        for (int i = 0; i < 5; i++) {
            assertThat(laos.send("GET", apps, token, null).status()).isEqualTo(200);
        }
        assertThat(keystone.validations() - before).isEqualTo(1);
    }

    @Test
    void theTokenCacheMetricsShowOnTheAdminPort() {
        String token = keystone.issueToken("demo", "demo");
        long misses = laos.metrics().meter("laos.auth.token-cache.misses").getCount();
        long hits = laos.metrics().meter("laos.auth.token-cache.hits").getCount();

        laos.send("GET", apps, token, null);
        laos.send("GET", apps, token, null);

        assertThat(laos.metrics().meter("laos.auth.token-cache.misses").getCount() - misses)
                .isEqualTo(1);
        assertThat(laos.metrics().meter("laos.auth.token-cache.hits").getCount() - hits)
                .isEqualTo(1);
        assertThat(laos.admin("/metrics").text()).contains("\"laos.auth.token-cache.hits\"");
        assertThat(laos.admin("/metrics/prometheus").text())
                .containsPattern("(?m)^laos_auth_token_cache_hits_total [1-9]")
                .containsPattern("(?m)^laos_auth_token_cache_misses_total [1-9]")
                .containsPattern("(?m)^laos_auth_token_cache_loads_count [1-9]")
                .contains("laos_auth_token_cache_evictions_total")
                .contains("laos_auth_token_cache_load_failures_total")
                .contains("laos_auth_token_cache_hit_ratio");
    }

    @Test
    void keystoneDownIs503ThenRecovers() {
        String token = keystone.issueToken("demo", "demo");
        keystone.stop();
        try {
            KeystoneLaos.Response r = laos.send("GET", apps, token, null);
            assertThat(r.status()).isEqualTo(503);
            assertThat(r.header("WWW-Authenticate")).isNull();
            assertThat(r.json().path("error").path("message").asText()).contains("Keystone");
        } finally {
            keystone.restart();
        }
        assertThat(laos.send("GET", apps, token, null).status()).isEqualTo(200);
    }

    @Test
    void aFailingKeystoneIs503() {
        String token = keystone.issueToken("demo", "demo");
        keystone.failWith(500);
        try {
            assertThat(laos.send("GET", apps, token, null).status()).isEqualTo(503);
        } finally {
            keystone.failWith(0);
        }
    }

    @Test
    void laosStartsWhileKeystoneIsDownAndServesOnceItIsBack() throws Exception {
        try (FakeKeystone down = FakeKeystone.start().withStandardFixture("pw")) {
            String token = down.issueToken("demo", "demo");
            String path = "/v1/" + down.projectId("demo") + "/apps";
            down.stop();
            try (KeystoneLaos started = KeystoneLaos.start(down.url(), FakeKeystone.SERVICE_USER,
                    FakeKeystone.SERVICE_PASSWORD)) {
                assertThat(started.send("GET", "/", null, null).status()).isEqualTo(200);
                assertThat(started.send("GET", path, token, null).status()).isEqualTo(503);

                down.restart();
                assertThat(started.send("GET", path, token, null).status()).isEqualTo(200);
                assertThat(down.logins()).isEqualTo(1);
            }
        }
    }
}
