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

import java.security.Principal;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is calling: the identity a validated token (or the noauth stand-in) carries. Role names are
 * kept lower-cased because oslo.policy compares roles case-insensitively.
 *
 * @param projectId the token's project scope, or null for an unscoped (or system) token
 * @param expiresAt when the token stops being valid, or null when it never does (noauth)
 */
public record LaosPrincipal(String userId, String projectId, Set<String> roles,
                            Instant expiresAt) implements Principal {

    public LaosPrincipal {
        roles = roles.stream().map(r -> r.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public String getName() {
        return userId;
    }

    public boolean hasRole(String role) {
        return roles.contains(role.toLowerCase(Locale.ROOT));
    }
}
