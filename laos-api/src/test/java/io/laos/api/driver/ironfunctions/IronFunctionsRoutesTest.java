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
package io.laos.api.driver.ironfunctions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.laos.api.testing.FakeIronFunctions;
import io.laos.api.testing.FakeRoute;
import io.laos.api.testing.RecordedRequest;
import io.laos.common.driver.EngineRoute;
import io.laos.common.error.EngineException;
import io.laos.common.error.ErrorKind;
import io.laos.common.model.RouteFormat;
import io.laos.common.model.RouteType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Routes on the engine, including IronFunctions' PATCH quirks (API.md 4.2). */
class IronFunctionsRoutesTest extends IronFunctionsTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final EngineRoute FULL = new EngineRoute("/api/hello", "laos/hello:1",
            RouteType.ASYNC, RouteFormat.HTTP, 256, 45, 90, 4,
            Map.of("Content-Type", List.of("application/json"), "x-trace", List.of("on")),
            Map.of("GREETING", "hi"));

    @BeforeEach
    void createApp() {
        driver.createApp(app("a1"));
        engine.clearRequests();
    }

    @Test
    void createRouteSendsEveryFieldAndRegistersItAsSync() throws Exception {
        driver.createRoute("a1", FULL);

        FakeRoute stored = engine.routes("a1").get("/api/hello");
        assertThat(stored.image()).isEqualTo("laos/hello:1");
        assertThat(stored.type()).as("LaOS runs async calls itself").isEqualTo("sync");
        assertThat(stored.format()).isEqualTo("http");
        assertThat(stored.memory()).isEqualTo(256);
        assertThat(stored.timeout()).isEqualTo(45);
        assertThat(stored.idleTimeout()).isEqualTo(90);
        assertThat(stored.maxConcurrency()).isEqualTo(4);
        assertThat(stored.config()).isEqualTo(Map.of("GREETING", "hi"));
        // Canonical names: PATCH canonicalises, so a verbatim "x-trace" could never be removed.
        assertThat(stored.headers()).isEqualTo(Map.of("Content-Type",
                List.of("application/json"), "X-Trace", List.of("on")));

        JsonNode sent = JSON.readTree(engine.requests().get(0).body()).path("route");
        assertThat(sent.has("path") && sent.has("image") && sent.has("memory")
                && sent.has("type") && sent.has("format") && sent.has("max_concurrency")
                && sent.has("timeout") && sent.has("idle_timeout") && sent.has("headers")
                && sent.has("config")).as("all fields sent: " + sent).isTrue();
    }

    @Test
    void createAdoptsAnExistingRouteAndBringsItToTheWantedState() {
        engine.putRoute(FakeRoute.of("a1", "/api/hello", "old").withType("async")
                .withHeaders(Map.of("X-Trace", List.of("off", "off"))));

        driver.createRoute("a1", FULL);

        assertThat(driver.listRoutes("a1")).singleElement()
                .satisfies(r -> assertThat(r).isEqualTo(asSync(canonicalHeaders(FULL))));
    }

    @Test
    void updateReplacesChangedHeaderValuesInsteadOfAppendingThem() throws Exception {
        EngineRoute before = route("/h", "echo", 30, Map.of("X-A", List.of("1"),
                "X-Gone", List.of("g"), "X-Same", List.of("s")));
        EngineRoute after = route("/h", "echo", 30, Map.of("X-A", List.of("2"),
                "X-New", List.of("n1", "n2"), "X-Same", List.of("s")));
        driver.createRoute("a1", before);
        engine.clearRequests();

        driver.updateRoute("a1", before, after);

        assertThat(engine.routes("a1").get("/h").headers()).isEqualTo(Map.of(
                "X-A", List.of("2"), "X-New", List.of("n1", "n2"), "X-Same", List.of("s")));
        List<RecordedRequest> patches = engine.requests();
        assertThat(patches).extracting(RecordedRequest::method).containsExactly("PATCH", "PATCH");
        assertThat(JSON.readTree(patches.get(0).body()).path("route").path("headers").toString())
                .isEqualTo("{\"X-A\":[],\"X-Gone\":[],\"X-New\":[]}");
    }

    @Test
    void headersCreatedWithLowerCaseNamesCanStillBeRemoved() {
        EngineRoute before = route("/h", "echo", 30, Map.of("x-foo", List.of("1")));
        driver.createRoute("a1", before);

        driver.updateRoute("a1", before, route("/h", "echo"));

        assertThat(engine.routes("a1").get("/h").headers()).isEmpty();
    }

    @Test
    void updateChangesEveryScalarAndMergesConfig() {
        EngineRoute before = new EngineRoute("/h", "echo:1", RouteType.SYNC, RouteFormat.DEFAULT,
                128, 30, 30, 1, Map.of(), Map.of("A", "1", "B", "2"));
        EngineRoute after = new EngineRoute("/h", "echo:2", RouteType.SYNC, RouteFormat.HTTP,
                512, 60, 120, 8, Map.of(), Map.of("A", "1", "C", "3"));
        driver.createRoute("a1", before);

        driver.updateRoute("a1", before, after);

        assertThat(driver.listRoutes("a1")).containsExactly(after);
        assertThat(engine.calls("PATCH", "/v1/apps/a1/routes/h")).as("no header change: one PATCH")
                .isEqualTo(1);
    }

    @Test
    void zeroIsNeverSentBecauseIronFunctionsReadsItAsUnchanged() throws Exception {
        EngineRoute before = route("/h", "echo");
        EngineRoute after = new EngineRoute("/h", "echo", RouteType.SYNC, RouteFormat.DEFAULT,
                128, 30, 0, 1, Map.of(), Map.of());
        driver.createRoute("a1", before);
        engine.clearRequests();

        driver.updateRoute("a1", before, after);

        JsonNode sent = JSON.readTree(engine.requests().get(0).body()).path("route");
        assertThat(sent.has("idle_timeout")).isFalse();
        assertThat(engine.routes("a1").get("/h").idleTimeout()).isEqualTo(30);
    }

    @Test
    void aTypeChangeInLaosKeepsTheEngineRouteSyncAndRepairsADriftedAsyncOne() {
        engine.putRoute(FakeRoute.of("a1", "/h", "echo").withType("async"));
        EngineRoute sync = route("/h", "echo");
        EngineRoute async = new EngineRoute("/h", "echo", RouteType.ASYNC, RouteFormat.DEFAULT,
                128, 30, 30, 1, Map.of(), Map.of());

        driver.updateRoute("a1", sync, async);

        assertThat(engine.routes("a1").get("/h").type()).isEqualTo("sync");
    }

    @Test
    void updateOfARouteTheEngineLostIsNotFound() {
        EngineException e = engineFailure(ErrorKind.NOT_FOUND, () -> driver.updateRoute("a1",
                route("/gone", "echo"), route("/gone", "echo:2")));

        assertThat(e.getMessage()).isEqualTo("The route does not exist on the functions engine");
        assertThat(e.operatorDetail()).contains("Route not found");
    }

    @Test
    void deleteRouteRemovesIt() {
        driver.createRoute("a1", route("/x/y", "echo"));

        driver.deleteRoute("a1", "/x/y");

        assertThat(engine.routes("a1")).isEmpty();
        assertThat(engine.calls("DELETE", "/v1/apps/a1/routes/x/y")).isEqualTo(1);
    }

    @Test
    void deletingAMissingRouteSucceedsOnBolt() {
        driver.deleteRoute("a1", "/never");
        driver.deleteRoute("no-such-app", "/never"); // bolt: 404 "App not found"

        assertThat(engine.calls("DELETE", "/")).isEqualTo(2);
    }

    @Test
    void deletingAMissingRouteSucceedsOnSqlStoresAfterCheckingThatItIsGone() throws Exception {
        FakeIronFunctions sql = track(FakeIronFunctions.start(FakeIronFunctions.Datastore.SQL));
        IronFunctionsDriver sqlDriver = driverFor(sql.url(), f -> { });
        sqlDriver.createApp(app("a1"));

        // SQL stores answer 500 "Could not remove route from datastore" for a missing route.
        sqlDriver.deleteRoute("a1", "/never");

        assertThat(sql.calls("GET", "/v1/apps/a1/routes/never")).isEqualTo(1);
    }

    @Test
    void aRouteDeleteThatFailsWhileTheRouteStillExistsIsAnEngineFailure() throws Exception {
        FakeIronFunctions sql = track(FakeIronFunctions.start(FakeIronFunctions.Datastore.SQL));
        IronFunctionsDriver sqlDriver = driverFor(sql.url(), f -> { });
        sqlDriver.createRoute("a1", route("/h", "echo"));
        sql.failNext("DELETE", "/v1/apps/a1/routes/h", 500,
                "{\"error\":{\"message\":\"Could not remove route from datastore\"}}");

        EngineException e = engineFailure(ErrorKind.ENGINE_FAILURE,
                () -> sqlDriver.deleteRoute("a1", "/h"));

        assertThat(e.getMessage()).isEqualTo("The functions engine failed to delete the route");
        assertThat(sql.routes("a1")).containsKey("/h");
    }

    @Test
    void listRoutesShowsTheTypeTheEngineStored() {
        engine.putRoute(FakeRoute.of("a1", "/b", "echo").withType("async"));
        driver.createRoute("a1", route("/a", "echo"));

        List<EngineRoute> routes = driver.listRoutes("a1");

        assertThat(routes).extracting(EngineRoute::path).containsExactlyInAnyOrder("/a", "/b");
        assertThat(routes).filteredOn(r -> r.path().equals("/b")).singleElement()
                .extracting(EngineRoute::type).isEqualTo(RouteType.ASYNC);
        assertThat(routes).filteredOn(r -> r.path().equals("/a")).singleElement()
                .isEqualTo(route("/a", "echo"));
    }

    @Test
    void anUnknownAppHasNoRoutes() {
        assertThat(driver.listRoutes("no-such-app")).isEmpty();
    }

    private static EngineRoute asSync(EngineRoute r) {
        return new EngineRoute(r.path(), r.image(), RouteType.SYNC, r.format(), r.memory(),
                r.timeout(), r.idleTimeout(), r.maxConcurrency(), r.headers(), r.config());
    }

    private static EngineRoute canonicalHeaders(EngineRoute r) {
        return new EngineRoute(r.path(), r.image(), r.type(), r.format(), r.memory(), r.timeout(),
                r.idleTimeout(), r.maxConcurrency(), RoutePatches.canonical(r.headers()),
                r.config());
    }
}
