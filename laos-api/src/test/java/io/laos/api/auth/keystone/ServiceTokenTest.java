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

import io.laos.api.testing.FakeKeystone;
import io.laos.common.error.LaosException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** LaOS's own Keystone token: lazy, reused, renewed before expiry and after a 401. */
class ServiceTokenTest {
    private final KeystoneHarness h = new KeystoneHarness();

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void itIsObtainedOnFirstUseAndThenReused() throws Exception {
        assertThat(h.keystone.logins()).as("nothing at start-up").isZero();

        h.authenticator.authenticate(h.token("demo", "demo"));
        h.authenticator.authenticate(h.token("reader", "demo"));
        h.authenticator.authenticate(h.token("admin", "admin"));

        assertThat(h.keystone.logins()).isEqualTo(1);
    }

    @Test
    void itIsRenewedShortlyBeforeItExpires() throws Exception {
        String first = h.serviceToken.get();
        h.time.advance(Duration.ofMinutes(54));
        assertThat(h.serviceToken.get()).isEqualTo(first);

        h.time.advance(Duration.ofMinutes(2)); // within five minutes of the hour
        assertThat(h.serviceToken.get()).isNotEqualTo(first);
        assertThat(h.keystone.logins()).isEqualTo(2);
        assertThat(h.authenticator.authenticate(h.token("demo", "demo"))).isPresent();
    }

    @Test
    void aFailedRenewalKeepsTheCurrentTokenWhileItIsValid() {
        String first = h.serviceToken.get();
        h.time.advance(Duration.ofMinutes(56));
        h.keystone.failWith(500);

        assertThat(h.serviceToken.get()).isEqualTo(first);
        h.time.advance(Duration.ofMinutes(5));
        assertThatThrownBy(h.serviceToken::get).isInstanceOf(LaosException.class)
                .extracting(e -> ((LaosException) e).status()).isEqualTo(503);
    }

    @Test
    void aRefusedServiceTokenIsReplacedAndTheValidationRetriedOnce() throws Exception {
        h.authenticator.authenticate(h.token("demo", "demo"));
        h.keystone.revokeTokensOf(FakeKeystone.SERVICE_USER);

        assertThat(h.authenticator.authenticate(h.token("reader", "demo"))).isPresent();
        assertThat(h.keystone.logins()).isEqualTo(2);
        assertThat(h.keystone.validations()).as("one refused, one retried").isEqualTo(3);
    }

    @Test
    void aServiceTokenRefusedTwiceIsAnOutageNotAnInvalidToken() {
        h.keystone.rejectServiceTokens(true);

        assertThatThrownBy(() -> h.authenticator.authenticate(h.token("demo", "demo")))
                .isInstanceOf(LaosException.class)
                .extracting(e -> ((LaosException) e).status()).isEqualTo(503);
        assertThat(h.keystone.validations()).as("exactly one retry").isEqualTo(2);
        assertThat(h.keystone.logins()).isEqualTo(2);
    }
}
