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

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tenant-isolation matrix: every endpoint, called by every kind of caller, answers the
 * status in the table, and a refused call changes nothing (the owner sees the same before and
 * after) and leaks nothing of the project's data. Subclasses run it against a Keystone (fake or
 * real). New endpoints (runs, calls, usage) are new rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TenantIsolationMatrix {

    /** Who calls: the token's project and roles, relative to the project in the URL. */
    enum Persona { OWN_MEMBER, OTHER_MEMBER, OWN_READER, OTHER_ADMIN, NO_TOKEN, BAD_TOKEN }

    /** An endpoint; {project}, {app} (an existing app with route /hello) and {new} are filled. */
    record Endpoint(String name, String method, String path, String body) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final String APP = "/v1/{project}/apps/{app}";
    static final String ROUTE = APP + "/routes/hello";

    static final Endpoint APPS_LIST = new Endpoint("apps list", "GET", "/v1/{project}/apps", null);
    static final Endpoint APPS_CREATE = new Endpoint("apps create", "POST", "/v1/{project}/apps",
            "{\"app\": {\"name\": \"{new}\"}}");
    static final Endpoint APPS_SHOW = new Endpoint("apps show", "GET", APP, null);
    static final Endpoint APPS_PATCH = new Endpoint("apps patch", "PATCH", APP,
            "{\"app\": {\"description\": \"changed\", \"config\": {\"k\": \"changed\"}}}");
    static final Endpoint APPS_PUT = new Endpoint("apps put", "PUT", APP,
            "{\"config\": {\"k\": \"changed\"}}");
    static final Endpoint APPS_DELETE = new Endpoint("apps delete", "DELETE",
            APP + "?cascade=true", null);
    static final Endpoint ROUTES_LIST = new Endpoint("routes list", "GET", APP + "/routes",
            null);
    static final Endpoint ROUTES_CREATE = new Endpoint("routes create", "POST", APP + "/routes",
            "{\"route\": {\"path\": \"/{new}\", \"image\": \"iron/hello\"}}");
    static final Endpoint ROUTES_SHOW = new Endpoint("routes show", "GET", ROUTE, null);
    static final Endpoint ROUTES_PATCH = new Endpoint("routes patch", "PATCH", ROUTE,
            "{\"route\": {\"memory\": 256, \"config\": {\"k\": \"changed\"}}}");
    static final Endpoint ROUTES_PUT = new Endpoint("routes put", "PUT", ROUTE,
            "{\"memory\": 512}");
    static final Endpoint ROUTES_DELETE = new Endpoint("routes delete", "DELETE", ROUTE, null);

    /** The expected status for each persona, in {@link Persona} order. */
    record Row(Endpoint endpoint, int... expected) {
    }

    static final List<Row> MATRIX = List.of(
            //                       own  other reader admin none  bad
            new Row(APPS_LIST,       200, 403,  200,   200,  401,  401),
            new Row(APPS_CREATE,     201, 403,  403,   201,  401,  401),
            new Row(APPS_SHOW,       200, 403,  200,   200,  401,  401),
            new Row(APPS_PATCH,      200, 403,  403,   200,  401,  401),
            new Row(APPS_PUT,        200, 403,  403,   200,  401,  401),
            new Row(APPS_DELETE,     200, 403,  403,   200,  401,  401),
            new Row(ROUTES_LIST,     200, 403,  200,   200,  401,  401),
            new Row(ROUTES_CREATE,   201, 403,  403,   201,  401,  401),
            new Row(ROUTES_SHOW,     200, 403,  200,   200,  401,  401),
            new Row(ROUTES_PATCH,    200, 403,  403,   200,  401,  401),
            new Row(ROUTES_PUT,      200, 403,  403,   200,  401,  401),
            new Row(ROUTES_DELETE,   200, 403,  403,   200,  401,  401));

    private final AtomicInteger cases = new AtomicInteger();

    /** The running LaOS. */
    protected abstract KeystoneLaos laos();

    /** The project the URLs name (OWN_MEMBER's and OWN_READER's). */
    protected abstract String ownProject();

    /** The token a persona sends (null for NO_TOKEN). */
    protected abstract String token(Persona persona);

    Stream<Arguments> cells() {
        return MATRIX.stream().flatMap(row -> Stream.of(Persona.values())
                .map(p -> Arguments.of(row.endpoint(), p, row.expected()[p.ordinal()])));
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("cells")
    void answersAsTheMatrixSaysAndARefusalChangesNothing(Endpoint endpoint, Persona persona,
                                                          int expected) {
        int n = cases.incrementAndGet();
        String app = "iso-" + n;
        String secret = "secret-" + n + "-of-" + ownProject();
        String owner = token(Persona.OWN_MEMBER);
        assertThat(call("POST", "/v1/{project}/apps", owner, "{\"app\": {\"name\": \"" + app
                + "\", \"config\": {\"k\": \"" + secret + "\"}}}", app, n).status()).isEqualTo(201);
        assertThat(call("POST", APP + "/routes", owner,
                "{\"route\": {\"path\": \"/hello\", \"image\": \"iron/hello\"}}", app, n)
                .status()).isEqualTo(201);
        State before = state(app, n);

        KeystoneLaos.Response r = call(endpoint.method(), endpoint.path(), token(persona),
                endpoint.body(), app, n);

        assertThat(r.status()).as("%s as %s: %s", endpoint, persona, r).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(r.json().path("error").path("code").asInt()).isEqualTo(expected);
            assertThat(r.text()).doesNotContain(secret);
            assertThat(state(app, n)).as("nothing changed").isEqualTo(before);
        }
        if (expected == 401) {
            assertThat(r.header("WWW-Authenticate")).startsWith("Keystone uri=\"");
        }
    }

    /** What the owner sees of the fixture app, and of the names a create would take. */
    record State(JsonNode app, JsonNode routes, int newApp, int newRoute) {
    }

    private State state(String app, int n) {
        String owner = token(Persona.OWN_MEMBER);
        return new State(call("GET", APP, owner, null, app, n).json().path("app"),
                call("GET", APP + "/routes", owner, null, app, n).json().path("routes"),
                call("GET", "/v1/{project}/apps/{new}", owner, null, app, n).status(),
                call("GET", APP + "/routes/{new}", owner, null, app, n).status());
    }

    private KeystoneLaos.Response call(String method, String path, String token, String body,
                                       String app, int n) {
        return laos().send(method, fill(path, app, n), token, body == null ? null
                : fill(body, app, n));
    }

    private String fill(String text, String app, int n) {
        return text.replace("{project}", ownProject()).replace("{app}", app)
                .replace("{new}", "new-" + n);
    }
}
