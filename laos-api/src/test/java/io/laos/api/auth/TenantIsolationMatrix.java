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
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tenant-isolation matrix: every endpoint, called by every kind of caller, answers the
 * status in the table, and a refused call changes nothing (the owner sees the same before and
 * after: apps, routes, call records, and no run reached the engine) and leaks nothing of the
 * project's data. Subclasses run it against a Keystone (fake or real).
 *
 * <p>Each case gets a fresh app in the owner's project with a private route {@code /hello}, a
 * public route {@code /pub} (both answer with a function log) and one finished call of
 * {@code /hello}, made by the owner, which the calls rows show.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TenantIsolationMatrix {

    /** Who calls: the token's project and roles, relative to the project in the URL. */
    enum Persona { OWN_MEMBER, OTHER_MEMBER, OWN_READER, OTHER_ADMIN, NO_TOKEN, BAD_TOKEN }

    /**
     * An endpoint; {project}, {app} (an existing app with routes /hello and /pub), {call} (a
     * call of /hello) and {new} (a name not taken) are filled in.
     */
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
    static final Endpoint RUN_PRIVATE = new Endpoint("run private", "POST",
            "/r/{project}/{app}/hello", "{\"from\": \"caller\"}");
    static final Endpoint RUN_PRIVATE_V1 = new Endpoint("run private v1", "GET",
            "/v1/r/{project}/{app}/hello", null);
    // Unknown routes are refused like private ones, so a 404 tells no outsider anything.
    static final Endpoint RUN_UNKNOWN = new Endpoint("run unknown route", "GET",
            "/r/{project}/{app}/{new}", null);
    static final Endpoint RUN_PUBLIC = new Endpoint("run public", "POST",
            "/r/{project}/{app}/pub", "{\"from\": \"anyone\"}");
    static final Endpoint RUN_PUBLIC_V1 = new Endpoint("run public v1", "GET",
            "/v1/r/{project}/{app}/pub", null);
    static final Endpoint CALLS_LIST = new Endpoint("calls list", "GET", "/v1/{project}/calls",
            null);
    static final Endpoint CALLS_SHOW = new Endpoint("calls show", "GET",
            "/v1/{project}/calls/{call}", null);
    static final Endpoint CALLS_LOG = new Endpoint("calls log", "GET",
            "/v1/{project}/calls/{call}/log", null);
    static final Endpoint USAGE = new Endpoint("usage", "GET", "/v1/{project}/usage", null);

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
            new Row(ROUTES_DELETE,   200, 403,  403,   200,  401,  401),
            // Running a private route is a write (laos:routes:run): readers may not.
            new Row(RUN_PRIVATE,     200, 403,  403,   200,  401,  401),
            new Row(RUN_PRIVATE_V1,  200, 403,  403,   200,  401,  401),
            new Row(RUN_UNKNOWN,     404, 403,  403,   404,  401,  401),
            // A public route runs for anyone; its token, good or bad, is not even looked at
            // (docs/auth.md, "Public routes").
            new Row(RUN_PUBLIC,      200, 200,  200,   200,  200,  200),
            new Row(RUN_PUBLIC_V1,   200, 200,  200,   200,  200,  200),
            new Row(CALLS_LIST,      200, 403,  200,   200,  401,  401),
            new Row(CALLS_SHOW,      200, 403,  200,   200,  401,  401),
            new Row(CALLS_LOG,       200, 403,  200,   200,  401,  401),
            new Row(USAGE,           200, 403,  200,   200,  401,  401));

    /** What the fixture's function logs, which only the project may read. */
    static final String FUNCTION_LOG = "xxxxxxxx";

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

    /**
     * Tokens that are not project-scoped, by a name for the test report (e.g. a system-scoped
     * admin's). All LaOS rules are project-scoped, so these get 403 wherever a token matters.
     */
    protected abstract Map<String, String> otherScopeTokens();

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("cells")
    void answersAsTheMatrixSaysAndARefusalChangesNothing(Endpoint endpoint, Persona persona,
                                                          int expected) throws Exception {
        answersAndARefusalChangesNothing(endpoint, persona.name(), token(persona), expected);
    }

    Stream<Arguments> otherScopeCells() {
        return otherScopeTokens().keySet().stream().flatMap(scope -> MATRIX.stream()
                .map(row -> Arguments.of(row.endpoint(), scope,
                        isPublicRun(row.endpoint()) ? 200 : 403)));
    }

    @ParameterizedTest(name = "{0} with a {1} token -> {2}")
    @MethodSource("otherScopeCells")
    void tokensOfAnotherScopeAreRefusedWith403(Endpoint endpoint, String scope, int expected)
            throws Exception {
        answersAndARefusalChangesNothing(endpoint, scope, otherScopeTokens().get(scope),
                expected);
    }

    private static boolean isPublicRun(Endpoint endpoint) {
        return endpoint == RUN_PUBLIC || endpoint == RUN_PUBLIC_V1;
    }

    private void answersAndARefusalChangesNothing(Endpoint endpoint, String who, String token,
                                                  int expected) throws InterruptedException {
        Fixture f = fixture();
        State before = state(f);

        KeystoneLaos.Response r = call(endpoint.method(), endpoint.path(), token,
                endpoint.body(), f);

        assertThat(r.status()).as("%s as %s: %s", endpoint, who, r).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(r.json().path("error").path("code").asInt()).isEqualTo(expected);
            assertThat(r.text()).doesNotContain(f.secret()).doesNotContain(f.callId())
                    .doesNotContain(FUNCTION_LOG);
            assertThat(state(f)).as("nothing changed, no run reached the engine")
                    .isEqualTo(before);
        }
        if (expected == 401) {
            assertThat(r.header("WWW-Authenticate")).startsWith("Keystone uri=\"");
        }
    }

    @ParameterizedTest(name = "{0} shows the fixture to its owner")
    @MethodSource("callRows")
    void theOwnerSeesTheFixtureCall(Endpoint endpoint) throws Exception {
        Fixture f = fixture();

        KeystoneLaos.Response r = call(endpoint.method(), endpoint.path(),
                token(Persona.OWN_READER), null, f);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text()).contains(endpoint == USAGE ? "\"app_name\":\"" + f.app() + "\""
                : endpoint == CALLS_LOG ? FUNCTION_LOG : f.callId());
    }

    Stream<Endpoint> callRows() {
        return Stream.of(CALLS_LIST, CALLS_SHOW, CALLS_LOG, USAGE);
    }

    /** One case's own app, routes and call, in the owner's project. */
    record Fixture(int n, String app, String secret, String callId) {
    }

    private Fixture fixture() throws InterruptedException {
        int n = cases.incrementAndGet();
        String app = "iso-" + n;
        Fixture f = new Fixture(n, app, "secret-" + n + "-of-" + ownProject(), null);
        String owner = token(Persona.OWN_MEMBER);
        assertThat(call("POST", "/v1/{project}/apps", owner, "{\"app\": {\"name\": \"" + app
                + "\", \"config\": {\"k\": \"" + f.secret() + "\"}}}", f).status())
                .isEqualTo(201);
        assertThat(call("POST", APP + "/routes", owner, "{\"route\": {\"path\": \"/hello\","
                + " \"image\": \"test/log:8\"}}", f).status()).isEqualTo(201);
        assertThat(call("POST", APP + "/routes", owner, "{\"route\": {\"path\": \"/pub\","
                + " \"image\": \"test/log:8\", \"is_public\": true}}", f).status())
                .isEqualTo(201);
        assertThat(call("POST", "/r/{project}/{app}/hello", owner, "{}", f).status())
                .isEqualTo(200);
        laos().settle();
        JsonNode calls = call("GET", "/v1/{project}/calls?app={app}", owner, null, f).json()
                .path("calls");
        assertThat(calls).hasSize(1);
        return new Fixture(n, app, f.secret(), calls.get(0).path("id").asText());
    }

    /**
     * What the owner sees of the fixture app and its calls, of the names a create would take,
     * and how many runs reached the engine (of any project: cases run one at a time).
     */
    record State(JsonNode app, JsonNode routes, JsonNode calls, int newApp, int newRoute,
                 long engineInvocations) {
    }

    private State state(Fixture f) throws InterruptedException {
        laos().settle();
        String owner = token(Persona.OWN_MEMBER);
        return new State(call("GET", APP, owner, null, f).json().path("app"),
                call("GET", APP + "/routes", owner, null, f).json().path("routes"),
                call("GET", "/v1/{project}/calls?app={app}", owner, null, f).json()
                        .path("calls"),
                call("GET", "/v1/{project}/apps/{new}", owner, null, f).status(),
                call("GET", APP + "/routes/{new}", owner, null, f).status(),
                laos().engineInvocations());
    }

    private KeystoneLaos.Response call(String method, String path, String token, String body,
                                       Fixture f) {
        return laos().send(method, fill(path, f), token, body == null ? null : fill(body, f));
    }

    private String fill(String text, Fixture f) {
        return text.replace("{project}", ownProject()).replace("{app}", f.app())
                .replace("{call}", String.valueOf(f.callId())).replace("{new}", "new-" + f.n());
    }
}
