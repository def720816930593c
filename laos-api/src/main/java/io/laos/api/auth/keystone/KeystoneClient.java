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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.laos.api.auth.AccessRulePath;
import io.laos.api.auth.AccessRules;
import io.laos.api.auth.LaosPrincipal;
import io.laos.common.error.ErrorKind;
import io.laos.common.error.LaosException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The two Keystone v3 calls LaOS makes: issue a token for its service user
 * ({@code POST /v3/auth/tokens}) and validate a caller's token with it
 * ({@code GET /v3/auth/tokens}, {@code X-Subject-Token}). Transport failures, timeouts and
 * unexpected answers become a 503 {@link LaosException}; tokens and passwords never appear in
 * any message.
 */
public class KeystoneClient {
    static final String AUTH_TOKEN = "X-Auth-Token";
    static final String SUBJECT_TOKEN = "X-Subject-Token";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A token Keystone issued, and until when it is valid. */
    public record IssuedToken(String token, Instant expiresAt) {
        @Override
        public String toString() {
            return "token valid until " + expiresAt; // never the token itself
        }
    }

    /** What Keystone said about a caller's token. */
    public sealed interface Validation {
    }

    /** The token is valid: who it stands for. */
    public record Valid(LaosPrincipal principal) implements Validation {
    }

    /** 404: unknown, expired or revoked. */
    public record Invalid() implements Validation {
    }

    /** 401: Keystone refused LaOS's own (service) token. */
    public record ServiceTokenRejected() implements Validation {
    }

    private final WebTarget tokens;

    public KeystoneClient(Client http, String v3Url) {
        this.tokens = http.target(v3Url).path("auth/tokens").queryParam("nocatalog", "");
    }

    /** Password authentication of the service user, scoped to its project. */
    public IssuedToken issue(ServiceUser user) {
        Entity<String> login = Entity.entity(passwordAuth(user).toString(),
                MediaType.APPLICATION_JSON_TYPE);
        try (Response r = tokens.request(MediaType.APPLICATION_JSON_TYPE).post(login)) {
            if (r.getStatus() == 401) {
                throw unavailable("Keystone refused LaOS's service user (" + user + "): check"
                        + " auth.serviceUser in the config", null);
            }
            expect(r, 201, "POST");
            String token = r.getHeaderString(SUBJECT_TOKEN);
            JsonNode body = parse(r);
            if (token == null || token.isEmpty()) {
                throw unavailable("Keystone issued no X-Subject-Token", null);
            }
            return new IssuedToken(token, Instant.parse(body.path("token").path("expires_at")
                    .asText()));
        } catch (ProcessingException | DateTimeParseException e) {
            throw unavailable("POST " + tokens.getUri() + ": " + e.getMessage(), e);
        }
    }

    /** Validates {@code subject} with LaOS's {@code serviceToken}. */
    public Validation validate(String serviceToken, String subject) {
        try (Response r = tokens.request(MediaType.APPLICATION_JSON_TYPE)
                .header(AUTH_TOKEN, serviceToken).header(SUBJECT_TOKEN, subject).get()) {
            switch (r.getStatus()) {
                case 404:
                    return new Invalid();
                case 401:
                    return new ServiceTokenRejected();
                case 403:
                    throw unavailable("Keystone does not let LaOS's service user validate"
                            + " tokens: give it the admin or service role in its project", null);
                default:
                    expect(r, 200, "GET");
                    JsonNode token = parse(r).path("token");
                    return new Valid(principal(token));
            }
        } catch (ProcessingException | DateTimeParseException e) {
            throw unavailable("GET " + tokens.getUri() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The access rules of the application credential a token was issued for, parsed once here
     * so that the token cache holds them ready to match; null when the token has none. Keystone
     * leaves {@code access_rules} out of a token whose credential has no rules (an empty list
     * at creation means none), so a present list limits the token, and a present but empty one
     * (no Keystone sends it) allows nothing, as keystonemiddleware treats it.
     */
    static AccessRules accessRules(JsonNode token) {
        JsonNode credential = token.path("application_credential");
        JsonNode rules = credential.path("access_rules");
        if (rules.isMissingNode() || rules.isNull()) {
            return null;
        }
        List<AccessRules.Rule> parsed = new ArrayList<>();
        // Anything but a list of rules (no Keystone sends it) leaves no rule: nothing allowed.
        for (JsonNode rule : rules.isArray() ? rules : JSON.createArrayNode()) {
            JsonNode path = rule.path("path");
            parsed.add(new AccessRules.Rule(rule.path("service").textValue(),
                    rule.path("method").textValue(),
                    path.isTextual() ? AccessRulePath.compile(path.textValue()) : null));
        }
        return new AccessRules(credential.path("id").asText("?"), parsed);
    }

    private static LaosPrincipal principal(JsonNode token) {
        String userId = token.path("user").path("id").asText(null);
        if (userId == null) {
            throw unavailable("Keystone validated a token without a user id", null);
        }
        String projectId = token.path("project").path("id").asText(null);
        String domainId = token.path("domain").path("id").asText(null);
        // Keystone names the scope by which of these the token carries (at most one).
        LaosPrincipal.Scope scope = projectId != null ? LaosPrincipal.Scope.PROJECT
                : domainId != null ? LaosPrincipal.Scope.DOMAIN
                : token.has("system") ? LaosPrincipal.Scope.SYSTEM
                : LaosPrincipal.Scope.UNSCOPED;
        Set<String> roles = new HashSet<>();
        token.path("roles").forEach(role -> roles.add(role.path("name").asText()));
        Instant expiresAt = Instant.parse(token.path("expires_at").asText());
        return new LaosPrincipal(userId, projectId, roles, expiresAt, scope, domainId, null,
                accessRules(token));
    }

    private static ObjectNode passwordAuth(ServiceUser user) {
        ObjectNode auth = JSON.createObjectNode();
        ObjectNode identity = auth.putObject("auth").putObject("identity");
        identity.putArray("methods").add("password");
        ObjectNode u = identity.putObject("password").putObject("user");
        u.put("name", user.getName()).put("password", user.getPassword());
        u.putObject("domain").put("name", user.getUserDomain());
        ObjectNode project = ((ObjectNode) auth.get("auth")).putObject("scope")
                .putObject("project");
        project.put("name", user.getProject());
        project.putObject("domain").put("name", user.getProjectDomain());
        return auth;
    }

    private void expect(Response r, int status, String method) {
        if (r.getStatus() != status) {
            throw unavailable(method + " " + tokens.getUri() + " answered " + r.getStatus(),
                    null);
        }
    }

    private static JsonNode parse(Response r) {
        try {
            return JSON.readTree(r.readEntity(String.class));
        } catch (IOException e) {
            throw unavailable("Keystone's answer is not JSON: " + e.getMessage(), e);
        }
    }

    /** The one failure callers see for any Keystone trouble: 503, detail for the log only. */
    static LaosException unavailable(String operatorDetail, Throwable cause) {
        return new LaosException(ErrorKind.UNAVAILABLE,
                "The identity service (Keystone) is unavailable; try again later", null,
                operatorDetail, cause);
    }
}
