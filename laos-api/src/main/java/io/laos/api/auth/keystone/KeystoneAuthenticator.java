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

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import io.dropwizard.auth.Authenticator;
import io.laos.api.auth.LaosPrincipal;
import io.laos.api.metrics.TokenCacheMetrics;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Validates Keystone tokens, with a cache in front of Keystone (which manages about 50
 * validations a second; the cache is what lets LaOS serve thousands).
 *
 * <ul>
 *   <li>Entries are keyed by the SHA-256 of the token, so the cache holds no usable token.</li>
 *   <li>A valid token is trusted for {@code ttl} or until it expires, whichever is first: a
 *       revoked token keeps working for at most {@code ttl}.</li>
 *   <li>An invalid token (Keystone's 404) is remembered for {@code negativeTtl}, so a client
 *       that retries a dead token cannot hammer Keystone.</li>
 *   <li>Concurrent requests with the same uncached token make one Keystone call; the others
 *       wait for its answer (and share its failure, if Keystone is down). Failures are never
 *       cached: the next request asks Keystone again.</li>
 * </ul>
 *
 * <p>Keystone trouble is thrown as a 503 {@code LaosException}, not as Dropwizard's
 * {@code AuthenticationException}, which Dropwizard would turn into a 500.
 */
public class KeystoneAuthenticator implements Authenticator<String, LaosPrincipal> {
    /**
     * Keystone's answer: the principal, or neither (an invalid token), or the failure to ask.
     * A failure is an outcome rather than an exceptional future because Caffeine logs every
     * failed load, and an outage already has its one log line, from the exception mapper.
     */
    private record Outcome(LaosPrincipal principal, RuntimeException failure) {
    }

    private final KeystoneClient keystone;
    private final ServiceToken serviceToken;
    private final Clock clock;
    private final Duration ttl;
    private final Duration negativeTtl;
    private final TokenCacheMetrics metrics;
    private final AsyncCache<String, Outcome> cache;

    /** Without metrics (tests of the cache's behaviour). */
    public KeystoneAuthenticator(KeystoneClient keystone, ServiceToken serviceToken, Clock clock,
                                 Ticker ticker, Duration ttl, Duration negativeTtl,
                                 long maxSize) {
        this(keystone, serviceToken, clock, ticker, ttl, negativeTtl, maxSize, null);
    }

    /**
     * @param metrics fed by the cache (hits, misses, evictions, and the time of the Keystone
     *                validation behind each miss), or null for none
     */
    public KeystoneAuthenticator(KeystoneClient keystone, ServiceToken serviceToken, Clock clock,
                                 Ticker ticker, Duration ttl, Duration negativeTtl,
                                 long maxSize, TokenCacheMetrics metrics) {
        this.keystone = keystone;
        this.serviceToken = serviceToken;
        this.clock = clock;
        this.ttl = ttl;
        this.negativeTtl = negativeTtl;
        this.metrics = metrics;
        Caffeine<Object, Object> builder = Caffeine.newBuilder().maximumSize(maxSize)
                .ticker(ticker).executor(Runnable::run);
        if (metrics != null) {
            // Caffeine times a miss's load until its future completes: the Keystone call.
            builder.recordStats(() -> metrics);
        }
        this.cache = builder
                .expireAfter(Expiry.creating((String key, Outcome o) -> lifetime(o)))
                .buildAsync();
    }

    @Override
    public Optional<LaosPrincipal> authenticate(String token) {
        CompletableFuture<Outcome> mine = new CompletableFuture<>();
        CompletableFuture<Outcome> answer = cache.get(sha256(token), (key, executor) -> mine);
        if (answer == mine) {
            // This request loads, outside the cache's locks; concurrent ones wait for it.
            try {
                mine.complete(validate(token));
            } catch (RuntimeException e) {
                if (metrics != null) {
                    // Caffeine sees an outcome, not a failed load: count the failure here.
                    metrics.keystoneFailure();
                }
                mine.complete(new Outcome(null, e));
            } catch (Error e) {
                mine.completeExceptionally(e); // never leave waiters (and the entry) hanging
                throw e;
            }
        }
        Outcome outcome = answer.join();
        if (outcome.failure() != null) {
            throw outcome.failure();
        }
        LaosPrincipal principal = outcome.principal();
        if (principal == null || !clock.instant().isBefore(principal.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(principal);
    }

    /** One validation, retried once with a new service token if Keystone refused ours. */
    private Outcome validate(String token) {
        for (int attempt = 1; ; attempt++) {
            String service = serviceToken.get();
            KeystoneClient.Validation v = keystone.validate(service, token);
            if (v instanceof KeystoneClient.Valid valid) {
                return new Outcome(valid.principal(), null);
            }
            if (v instanceof KeystoneClient.Invalid) {
                return new Outcome(null, null);
            }
            serviceToken.invalidate(service);
            if (attempt == 2) {
                throw KeystoneClient.unavailable("Keystone refused a freshly obtained service"
                        + " token", null);
            }
        }
    }

    private Duration lifetime(Outcome o) {
        if (o.failure() != null) {
            return Duration.ZERO; // never cached: the next request asks Keystone again
        }
        if (o.principal() == null) {
            return negativeTtl;
        }
        Duration left = Duration.between(clock.instant(), o.principal().expiresAt());
        Duration life = left.compareTo(ttl) < 0 ? left : ttl;
        return life.isNegative() ? Duration.ZERO : life;
    }

    static String sha256(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(
                    StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
