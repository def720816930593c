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

import io.laos.common.error.LaosException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * LaOS's own Keystone token, obtained lazily with the service user's password (so that LaOS
 * starts while Keystone is down) and kept until shortly before it expires. One thread fetches
 * while the others wait, so a burst of requests makes one login, not one each.
 */
public class ServiceToken {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceToken.class);
    /** Renew this long before expiry (at most half the token's lifetime). */
    static final Duration RENEW_BEFORE = Duration.ofMinutes(5);

    private final KeystoneClient keystone;
    private final ServiceUser user;
    private final Clock clock;
    private KeystoneClient.IssuedToken current;
    private Instant renewAt;

    public ServiceToken(KeystoneClient keystone, ServiceUser user, Clock clock) {
        this.keystone = keystone;
        this.user = user;
        this.clock = clock;
    }

    /** A valid service token; throws a 503 {@link LaosException} when none can be had. */
    public synchronized String get() {
        Instant now = clock.instant();
        if (current != null && now.isBefore(renewAt)) {
            return current.token();
        }
        try {
            KeystoneClient.IssuedToken fresh = keystone.issue(user);
            Duration life = Duration.between(now, fresh.expiresAt());
            Duration margin = life.dividedBy(2).compareTo(RENEW_BEFORE) < 0 ? life.dividedBy(2)
                    : RENEW_BEFORE;
            current = fresh;
            renewAt = fresh.expiresAt().minus(margin);
            LOG.info("Obtained a Keystone token for the service {}, valid until {}", user,
                    fresh.expiresAt());
            return fresh.token();
        } catch (LaosException e) {
            // A renewal that fails early is no outage yet: the old token is still good.
            if (current != null && now.isBefore(current.expiresAt())) {
                LOG.warn("Could not renew the service token ({}); the current one stays in use"
                        + " until {}", e.operatorDetail(), current.expiresAt());
                return current.token();
            }
            throw e;
        }
    }

    /** Forgets {@code token} after Keystone refused it (unless it was already replaced). */
    public synchronized void invalidate(String token) {
        if (current != null && current.token().equals(token)) {
            LOG.info("Keystone refused the service token; a new one will be obtained");
            current = null;
        }
    }
}
