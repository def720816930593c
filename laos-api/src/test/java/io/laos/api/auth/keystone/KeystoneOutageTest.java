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

import io.dropwizard.util.Duration;
import io.laos.api.testing.FakeKeystone;
import io.laos.common.error.LaosException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whatever goes wrong with Keystone is a 503, never a 401 (the caller's token may be fine) and
 * never a pass; and an outage is not cached, so LaOS recovers as soon as Keystone does.
 */
class KeystoneOutageTest {

    @Test
    void keystoneDownIs503AndRecoveryIsImmediate() throws Exception {
        try (KeystoneHarness h = new KeystoneHarness()) {
            String token = h.token("demo", "demo");
            h.keystone.stop();
            assertUnavailable(() -> h.authenticator.authenticate(token));

            h.keystone.restart();
            assertThat(h.authenticator.authenticate(token)).isPresent();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 400, 409})
    void anUnexpectedAnswerIs503(int status) {
        try (KeystoneHarness h = new KeystoneHarness()) {
            String token = h.token("demo", "demo");
            h.keystone.failWith(status);
            assertUnavailable(() -> h.authenticator.authenticate(token));
        }
    }

    @Test
    void aKeystoneThatDoesNotAnswerInTimeIs503() {
        try (KeystoneHarness h = new KeystoneHarness(Duration.milliseconds(300))) {
            String token = h.token("demo", "demo");
            h.serviceToken.get();
            h.keystone.hold();
            try {
                assertUnavailable(() -> h.authenticator.authenticate(token));
            } finally {
                h.keystone.release();
            }
        }
    }

    @Test
    void aWrongServicePasswordIs503() {
        try (KeystoneHarness h = new KeystoneHarness()) {
            ServiceToken wrong = new ServiceToken(h.client, new ServiceUser(
                    FakeKeystone.SERVICE_USER, "wrong", FakeKeystone.SERVICE_PROJECT), h.time);
            KeystoneAuthenticator auth = new KeystoneAuthenticator(h.client, wrong, h.time,
                    h.time, KeystoneHarness.TTL, KeystoneHarness.NEGATIVE_TTL, 10);
            assertUnavailable(() -> auth.authenticate(h.token("demo", "demo")));
        }
    }

    @Test
    void aServiceUserWithoutTheServiceRoleIs503() {
        try (KeystoneHarness h = new KeystoneHarness()) {
            h.keystone.addUser("weak", "weak-pw", "service", "member");
            ServiceToken weak = new ServiceToken(h.client, new ServiceUser("weak", "weak-pw",
                    "service"), h.time);
            KeystoneAuthenticator auth = new KeystoneAuthenticator(h.client, weak, h.time,
                    h.time, KeystoneHarness.TTL, KeystoneHarness.NEGATIVE_TTL, 10);
            assertUnavailable(() -> auth.authenticate(h.token("demo", "demo")));
        }
    }

    private static void assertUnavailable(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(LaosException.class)
                .hasMessageContaining("Keystone")
                .extracting(e -> ((LaosException) e).status()).isEqualTo(503);
    }
}
