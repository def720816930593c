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
package io.laos.api.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The state behind {@link FakeKeystone}: projects, users, role grants and issued tokens, with
 * Keystone's role implications (admin implies member implies reader) and its token JSON.
 */
final class FakeIdentity {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final List<String> IMPLIED = List.of("admin", "member", "reader");

    record User(String id, String name, String password) {
    }

    /** Which scope a token has besides a project (none when it is project-scoped). */
    enum OtherScope { NONE, SYSTEM, DOMAIN }

    /**
     * @param accessRules the access rules of the application credential the token was issued
     *                    for, or null for a token that is not an application credential's
     */
    record Token(String id, User user, String projectId, String projectName, List<String> roles,
                 Instant issuedAt, Instant expiresAt, OtherScope other,
                 List<FakeKeystone.AccessRule> accessRules) {
        boolean allows(String role) {
            return roles.contains(role);
        }
    }

    private final Clock clock;
    private final Map<String, String> projects = new HashMap<>();
    private final Map<String, User> users = new HashMap<>();
    private final Map<String, Set<String>> grants = new HashMap<>();
    private final Map<String, Token> tokens = new HashMap<>();
    private final Set<String> revoked = new HashSet<>();
    private Duration lifetime = Duration.ofHours(1);

    FakeIdentity(Clock clock) {
        this.clock = clock;
    }

    synchronized String project(String name) {
        return projects.computeIfAbsent(name, n -> UUID.randomUUID().toString().replace("-", ""));
    }

    synchronized String user(String name, String password, String project, String... roles) {
        User u = users.computeIfAbsent(name, n -> new User(
                UUID.randomUUID().toString().replace("-", ""), n, password));
        grants.computeIfAbsent(u.id() + "@" + project(project), k -> new LinkedHashSet<>())
                .addAll(List.of(roles));
        return u.id();
    }

    synchronized void lifetime(Duration d) {
        lifetime = d;
    }

    /** Password login; empty for bad credentials. A null project gives an unscoped token. */
    synchronized Optional<Token> login(String userName, String password, String projectName) {
        User u = users.get(userName);
        if (u == null || !u.password().equals(password)
                || (projectName != null && !projects.containsKey(projectName))) {
            return Optional.empty();
        }
        String projectId = projectName == null ? null : projects.get(projectName);
        Set<String> granted = grants.getOrDefault(u.id() + "@" + projectId, Set.of());
        if (projectName != null && granted.isEmpty()) {
            return Optional.empty(); // Keystone: 401, no role on that project
        }
        return Optional.of(newToken(u, projectId, projectName, granted, OtherScope.NONE));
    }

    /**
     * A system-scoped ({@code all}) or domain-scoped ({@code Default}) token with {@code roles}
     * (Keystone would need a role assignment on the system or the domain; the fake trusts).
     */
    synchronized Token issueScoped(String userName, OtherScope scope, String... roles) {
        User u = users.get(userName);
        if (u == null || scope == OtherScope.NONE) {
            throw new IllegalArgumentException("no user " + userName + " or no scope");
        }
        return newToken(u, null, null, List.of(roles), scope);
    }

    private Token newToken(User u, String projectId, String projectName,
                           Collection<String> granted, OtherScope other) {
        List<String> roles = new ArrayList<>(granted);
        for (int i = 0; i < IMPLIED.size() - 1; i++) {
            if (roles.contains(IMPLIED.get(i)) && !roles.contains(IMPLIED.get(i + 1))) {
                roles.add(IMPLIED.get(i + 1));
            }
        }
        byte[] raw = new byte[48];
        RANDOM.nextBytes(raw);
        String id = "gAAAAA" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant now = clock.instant();
        Token t = new Token(id, u, projectId, projectName, roles, now, now.plus(lifetime), other,
                null);
        tokens.put(id, t);
        return t;
    }

    /** Login by name without the password (what tests use for their callers). */
    synchronized Token issue(String userName, String projectName) {
        User u = users.get(userName);
        return login(userName, u == null ? "" : u.password(), projectName).orElseThrow(
                () -> new IllegalArgumentException(userName + " has no role on " + projectName));
    }

    /**
     * A token of an application credential of {@code userName} on {@code projectName} limited
     * by {@code rules} (as Keystone would issue after {@code application_credential}
     * authentication: the user's roles on the project).
     */
    synchronized Token issueWithAccessRules(String userName, String projectName,
                                            List<FakeKeystone.AccessRule> rules) {
        Token plain = issue(userName, projectName);
        Token t = new Token(plain.id(), plain.user(), plain.projectId(), plain.projectName(),
                plain.roles(), plain.issuedAt(), plain.expiresAt(), plain.other(),
                List.copyOf(rules));
        tokens.put(t.id(), t);
        return t;
    }

    /** The token if it exists, is not revoked and has not expired. */
    synchronized Optional<Token> live(String id) {
        Token t = id == null ? null : tokens.get(id);
        if (t == null || revoked.contains(id) || !clock.instant().isBefore(t.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(t);
    }

    synchronized boolean revoke(String id) {
        return tokens.containsKey(id) && revoked.add(id);
    }

    synchronized void revokeAllOf(String userName) {
        tokens.values().stream().filter(t -> t.user().name().equals(userName))
                .forEach(t -> revoked.add(t.id()));
    }

    /** Keystone's token body, with a catalog holding LaOS ({@code functions}) if asked. */
    String render(Token t, String catalogUrl) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode token = body.putObject("token");
        token.putArray("methods").add("password");
        ObjectNode user = token.putObject("user").put("id", t.user().id())
                .put("name", t.user().name());
        user.putObject("domain").put("id", "default").put("name", "Default");
        if (t.projectId() != null) {
            ObjectNode p = token.putObject("project").put("id", t.projectId())
                    .put("name", t.projectName());
            p.putObject("domain").put("id", "default").put("name", "Default");
        } else if (t.other() == OtherScope.SYSTEM) {
            token.putObject("system").put("all", true);
        } else if (t.other() == OtherScope.DOMAIN) {
            token.putObject("domain").put("id", "default").put("name", "Default");
        }
        if (t.projectId() != null || t.other() != OtherScope.NONE) {
            ArrayNode roles = token.putArray("roles");
            t.roles().forEach(r -> roles.addObject().put("id", "role-" + r).put("name", r));
        }
        token.put("issued_at", t.issuedAt().toString()).put("expires_at",
                t.expiresAt().toString()).put("is_domain", false);
        token.putArray("audit_ids").add(UUID.randomUUID().toString());
        if (t.accessRules() != null) {
            token.putArray("methods").removeAll().add("application_credential");
            ObjectNode credential = token.putObject("application_credential")
                    .put("id", "ac-" + t.id().substring(6, 14)).put("name", "fake")
                    .put("restricted", true);
            // Keystone leaves the key out when the credential has no rules.
            if (!t.accessRules().isEmpty()) {
                ArrayNode rules = credential.putArray("access_rules");
                t.accessRules().forEach(r -> rules.addObject()
                        .put("id", UUID.randomUUID().toString().replace("-", ""))
                        .put("service", r.service()).put("method", r.method())
                        .put("path", r.path()));
            }
        }
        if (catalogUrl != null) {
            ObjectNode service = token.putArray("catalog").addObject().put("id", "laos-service")
                    .put("type", "functions").put("name", "laos");
            ArrayNode endpoints = service.putArray("endpoints");
            for (String iface : List.of("public", "internal", "admin")) {
                endpoints.addObject().put("id", "laos-" + iface).put("interface", iface)
                        .put("region", "RegionOne").put("region_id", "RegionOne")
                        .put("url", catalogUrl);
            }
        }
        return body.toString();
    }
}
