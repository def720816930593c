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

import io.laos.api.auth.LaosPrincipal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Token validation and its cache, against the fake Keystone, on controlled time. */
class KeystoneAuthenticatorTest {
    private final KeystoneHarness h = new KeystoneHarness();

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void aValidTokenGivesUserProjectRolesAndExpiry() throws Exception {
        Optional<LaosPrincipal> p = h.authenticator.authenticate(h.token("demo", "demo"));

        assertThat(p).isPresent();
        assertThat(p.get().projectId()).isEqualTo(h.keystone.projectId("demo"));
        assertThat(p.get().userId()).isNotBlank();
        assertThat(p.get().roles()).containsExactlyInAnyOrder("member", "reader");
        assertThat(p.get().expiresAt()).isEqualTo(h.time.instant().plus(Duration.ofHours(1)));
    }

    @Test
    void theTokensScopeIsKept() {
        assertThat(h.authenticator.authenticate(h.token("demo", "demo")).orElseThrow().scope())
                .isEqualTo(LaosPrincipal.Scope.PROJECT);

        LaosPrincipal system = h.authenticator.authenticate(
                h.keystone.issueSystemToken("admin", "admin")).orElseThrow();
        assertThat(system.scope()).isEqualTo(LaosPrincipal.Scope.SYSTEM);
        assertThat(system.projectId()).isNull();
        assertThat(system.roles()).contains("admin");

        LaosPrincipal domain = h.authenticator.authenticate(
                h.keystone.issueDomainToken("admin", "admin")).orElseThrow();
        assertThat(domain.scope()).isEqualTo(LaosPrincipal.Scope.DOMAIN);
        assertThat(domain.domainId()).isEqualTo("default");
        assertThat(domain.projectId()).isNull();
    }

    @Test
    void aCacheHitMakesNoKeystoneCallAndAMissExactlyOne() throws Exception {
        String demo = h.token("demo", "demo");
        String reader = h.token("reader", "demo");

        h.authenticator.authenticate(demo);
        assertThat(h.keystone.validations()).isEqualTo(1);
        h.authenticator.authenticate(demo);
        h.authenticator.authenticate(demo);
        assertThat(h.keystone.validations()).isEqualTo(1);
        h.authenticator.authenticate(reader);
        assertThat(h.keystone.validations()).isEqualTo(2);
    }

    @Test
    void anEntryLivesForTheTtlThenKeystoneIsAskedAgain() throws Exception {
        String token = h.token("demo", "demo");
        h.authenticator.authenticate(token);

        h.time.advance(KeystoneHarness.TTL.minusSeconds(1));
        assertThat(h.authenticator.authenticate(token)).isPresent();
        assertThat(h.keystone.validations()).isEqualTo(1);

        h.time.advance(Duration.ofSeconds(2));
        assertThat(h.authenticator.authenticate(token)).isPresent();
        assertThat(h.keystone.validations()).isEqualTo(2);
    }

    @Test
    void aRevokedTokenStopsWorkingWithinTheTtl() throws Exception {
        String token = h.token("demo", "demo");
        assertThat(h.authenticator.authenticate(token)).isPresent();

        h.keystone.revoke(token);
        assertThat(h.authenticator.authenticate(token)).as("cached: the revocation lag")
                .isPresent();
        h.time.advance(KeystoneHarness.TTL);
        assertThat(h.authenticator.authenticate(token)).isEmpty();
    }

    @Test
    void anEntryNeverOutlivesItsToken() throws Exception {
        h.keystone.tokenLifetime(Duration.ofMinutes(1));
        String token = h.token("demo", "demo");
        assertThat(h.authenticator.authenticate(token)).isPresent();

        h.time.advance(Duration.ofSeconds(61));
        assertThat(h.authenticator.authenticate(token)).isEmpty();
        assertThat(h.keystone.validations()).as("the entry expired with the token").isEqualTo(2);
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        h.keystone.tokenLifetime(Duration.ofMinutes(1));
        String token = h.token("demo", "demo");
        h.time.advance(Duration.ofMinutes(2));

        assertThat(h.authenticator.authenticate(token)).isEmpty();
    }

    @Test
    void anUnknownTokenIsRefusedAndRememberedOnlyBriefly() throws Exception {
        String unknown = "gAAAAAunknown-token";
        assertThat(h.authenticator.authenticate(unknown)).isEmpty();
        assertThat(h.authenticator.authenticate(unknown)).isEmpty();
        assertThat(h.keystone.validations()).isEqualTo(1);

        h.time.advance(KeystoneHarness.NEGATIVE_TTL.plusSeconds(1));
        assertThat(h.authenticator.authenticate(unknown)).isEmpty();
        assertThat(h.keystone.validations()).isEqualTo(2);
    }

    @Test
    void concurrentMissesForOneTokenMakeOneKeystoneCall() throws Exception {
        String token = h.token("demo", "demo");
        int callers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch started = new CountDownLatch(callers);
        h.keystone.hold();
        try {
            List<Future<Optional<LaosPrincipal>>> answers = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                answers.add(pool.submit(() -> {
                    started.countDown();
                    return h.authenticator.authenticate(token);
                }));
            }
            started.await();
            h.keystone.awaitValidations(1);
            h.keystone.release();
            for (Future<Optional<LaosPrincipal>> a : answers) {
                assertThat(a.get()).isPresent();
            }
        } finally {
            h.keystone.release();
            pool.shutdownNow();
        }
        assertThat(h.keystone.validations()).isEqualTo(1);
    }

    @Test
    void theCacheKeyIsAHashNotTheToken() {
        assertThat(KeystoneAuthenticator.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
