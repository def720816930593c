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
 * @param projectId the token's project scope, or null for a token of another scope
 * @param expiresAt when the token stops being valid, or null when it never does (noauth)
 * @param scope     what the token is scoped to; every LaOS rule needs {@link Scope#PROJECT}
 * @param domainId  the domain of a domain-scoped token, else null
 * @param service   who sent the request's valid {@code X-Service-Token} (another OpenStack
 *                  service acting for the user), else null
 * @param accessRules the access rules of the application credential the token was issued
 *                  for, which limit the requests it may make; null when nothing limits them
 */
public record LaosPrincipal(String userId, String projectId, Set<String> roles,
                            Instant expiresAt, Scope scope, String domainId,
                            LaosPrincipal service, AccessRules accessRules)
        implements Principal {

    /** Keystone's token scopes (oslo.policy's {@code scope_types}, plus none at all). */
    public enum Scope {
        PROJECT, DOMAIN, SYSTEM, UNSCOPED;

        /** As oslo.policy names it in messages: {@code project}, {@code system}, ... */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public LaosPrincipal {
        roles = roles.stream().map(r -> r.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** A project-scoped caller (unscoped when {@code projectId} is null). */
    public LaosPrincipal(String userId, String projectId, Set<String> roles, Instant expiresAt) {
        this(userId, projectId, roles, expiresAt,
                projectId == null ? Scope.UNSCOPED : Scope.PROJECT, null);
    }

    /** A caller without a service token, and not limited by access rules. */
    public LaosPrincipal(String userId, String projectId, Set<String> roles, Instant expiresAt,
                         Scope scope, String domainId) {
        this(userId, projectId, roles, expiresAt, scope, domainId, null, null);
    }

    /** This caller, with the identity of the service token that came with the request. */
    public LaosPrincipal withService(LaosPrincipal serviceCaller) {
        return new LaosPrincipal(userId, projectId, roles, expiresAt, scope, domainId,
                serviceCaller, accessRules);
    }

    @Override
    public String getName() {
        return userId;
    }

    public boolean hasRole(String role) {
        return roles.contains(role.toLowerCase(Locale.ROOT));
    }
}
