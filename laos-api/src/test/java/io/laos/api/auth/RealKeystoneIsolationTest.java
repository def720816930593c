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

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dropwizard.testing.ConfigOverride;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The tenant-isolation matrix against a real Keystone, with the fixture that
 * {@code tools/keystone/start-keystone.sh} creates. Runs when {@code LAOS_TEST_KEYSTONE_URL}
 * (and the passwords, see below) are set, is skipped otherwise, and fails instead of skipping
 * when {@code LAOS_TEST_REQUIRE_KEYSTONE=true} (as CI sets) and Keystone is missing or down.
 *
 * <p>Environment: {@code LAOS_TEST_KEYSTONE_URL} (v3), {@code LAOS_TEST_KEYSTONE_PASSWORD}
 * (users demo, alt_demo, demo_reader, admin), {@code LAOS_TEST_KEYSTONE_SERVICE_USER}
 * (default laos), {@code LAOS_TEST_KEYSTONE_SERVICE_PASSWORD},
 * {@code LAOS_TEST_KEYSTONE_SERVICE_PROJECT} (default service).
 */
class RealKeystoneIsolationTest extends TenantIsolationMatrix {
    static final String URL_ENV = "LAOS_TEST_KEYSTONE_URL";
    static final String REQUIRE_ENV = "LAOS_TEST_REQUIRE_KEYSTONE";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<Persona, String> tokens = new EnumMap<>(Persona.class);
    private final Map<String, String> otherScopes = new LinkedHashMap<>();
    private static final String SERVICE = "X-Service-Token";
    private KeystoneLaos laos;
    private String demoProject;
    private String serviceToken;

    @BeforeAll
    void start() throws Exception {
        String url = env(URL_ENV, null);
        if (url == null) {
            unavailable(URL_ENV + " is not set");
        }
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                unavailable("Keystone at " + url + " answered " + r.statusCode());
            }
        } catch (IOException e) {
            unavailable("Keystone at " + url + " is unreachable: " + e);
        }
        String password = env("LAOS_TEST_KEYSTONE_PASSWORD", null);
        String servicePassword = env("LAOS_TEST_KEYSTONE_SERVICE_PASSWORD", null);
        if (password == null || servicePassword == null) {
            unavailable("LAOS_TEST_KEYSTONE_PASSWORD and LAOS_TEST_KEYSTONE_SERVICE_PASSWORD"
                    + " must be set with " + URL_ENV);
        }
        tokens.put(Persona.OWN_MEMBER, login(url, "demo", password, "demo"));
        tokens.put(Persona.OTHER_MEMBER, login(url, "alt_demo", password, "alt_demo"));
        tokens.put(Persona.OWN_READER, login(url, "demo_reader", password, "demo"));
        tokens.put(Persona.OTHER_ADMIN, login(url, "admin", password, "admin"));
        tokens.put(Persona.BAD_TOKEN, "gAAAAABnot-a-token-keystone-ever-issued");
        // Keystone's bootstrap gives admin the admin role on the system. (A domain-scoped token
        // would need a role assignment on a domain, which the fixture does not make.)
        otherScopes.put("system-scoped admin", login(url, "admin", password, null));
        String serviceUser = env("LAOS_TEST_KEYSTONE_SERVICE_USER", "laos");
        String serviceProject = env("LAOS_TEST_KEYSTONE_SERVICE_PROJECT", "service");
        // The service user holds the service role: its token is a valid X-Service-Token.
        serviceToken = login(url, serviceUser, servicePassword, serviceProject);
        laos = KeystoneLaos.start(url, serviceUser, servicePassword,
                ConfigOverride.config("auth.serviceUser.project", serviceProject));
    }

    @Test
    void aServiceTokenWithTheServiceRoleIsAcceptedAndOneWithoutIsNot() {
        String apps = "/v1/" + demoProject + "/apps";
        String user = tokens.get(Persona.OWN_MEMBER);

        assertThat(laos.send("GET", apps, user, null, Map.of(SERVICE, serviceToken)).status())
                .isEqualTo(200);
        assertThat(laos.send("GET", apps, user, null,
                Map.of(SERVICE, tokens.get(Persona.OTHER_MEMBER))).status()).isEqualTo(401);
        assertThat(laos.send("GET", apps, user, null,
                Map.of(SERVICE, tokens.get(Persona.BAD_TOKEN))).status()).isEqualTo(401);
    }

    @AfterAll
    void stop() {
        if (laos != null) {
            laos.close();
        }
    }

    @Override
    protected KeystoneLaos laos() {
        return laos;
    }

    @Override
    protected String ownProject() {
        return demoProject;
    }

    @Override
    protected Map<String, String> otherScopeTokens() {
        return otherScopes;
    }

    @Override
    protected String token(Persona persona) {
        return tokens.get(persona);
    }

    /**
     * A password login scoped to {@code project}, or to the system when it is null; remembers
     * demo's project id.
     */
    private String login(String url, String user, String password, String project)
            throws Exception {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode identity = body.putObject("auth").putObject("identity");
        identity.putArray("methods").add("password");
        ObjectNode u = identity.putObject("password").putObject("user").put("name", user)
                .put("password", password);
        u.putObject("domain").put("name", "Default");
        ObjectNode scope = ((ObjectNode) body.get("auth")).putObject("scope");
        if (project == null) {
            scope.putObject("system").put("all", true);
        } else {
            scope.putObject("project").put("name", project).putObject("domain")
                    .put("name", "Default");
        }
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                        URI.create(url + "/auth/tokens?nocatalog"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("Keystone refused " + user + " in "
                    + (project == null ? "the system scope" : project)
                    + " (" + r.statusCode() + "): is the fixture of"
                    + " tools/keystone/start-keystone.sh there?");
        }
        if (user.equals("demo")) {
            demoProject = JSON.readTree(r.body()).path("token").path("project").path("id")
                    .asText();
        }
        return r.headers().firstValue("X-Subject-Token").orElseThrow();
    }

    /** Skips the tier, or fails it when it is mandatory. */
    private static void unavailable(String why) {
        if ("true".equalsIgnoreCase(System.getenv(REQUIRE_ENV))) {
            throw new IllegalStateException(why + ", but " + REQUIRE_ENV
                    + "=true makes the real-Keystone tier mandatory");
        }
        Assumptions.abort("real-Keystone tier skipped: " + why);
    }

    private static String env(String name, String dflt) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? dflt : value;
    }
}
