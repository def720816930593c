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
package io.laos.api.resources;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import io.laos.api.testing.FakeApp;
import io.laos.api.testing.FakeIronFunctions;
import io.laos.api.testing.FakeRoute;
import io.laos.api.testing.LaosTestApp;
import io.laos.api.testing.LaosTestApp.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Apps and routes through LaOS in front of a stateful fake IronFunctions: the engine follows
 * the database, list and show never call it, and its failures leave nothing half-written.
 */
class EngineApiTest {
    static FakeIronFunctions engine;
    static LaosTestApp laos;
    String p;

    @BeforeAll
    static void start() throws Exception {
        engine = FakeIronFunctions.start();
        laos = LaosTestApp.withIronFunctions(engine.url(),
                ConfigOverride.config("driver.client.timeout", "2s"));
    }

    @AfterAll
    static void stop() {
        laos.close();
        engine.close();
    }

    @BeforeEach
    void project() {
        p = UUID.randomUUID().toString().replace("-", "");
    }

    String engineName(String project, String app) {
        return laos.jdbi().withHandle(h -> h.createQuery("SELECT engine_name FROM apps WHERE"
                + " project_id = :p AND name = :n").bind("p", project).bind("n", app)
                .mapTo(String.class).one());
    }

    @Test
    void theEngineFollowsEveryWrite() {
        assertThat(laos.post("/v1/" + p + "/apps", "{'name': 'Shop.v2', 'config': {'A': '1'}}")
                .status()).isEqualTo(201);
        String name = engineName(p, "Shop.v2");
        assertThat(name).matches("[a-z0-9_-]{1,30}").startsWith("shop-v2-");
        assertThat(engine.apps().get(name)).isEqualTo(new FakeApp(name, Map.of("A", "1")));

        laos.patch("/v1/" + p + "/apps/Shop.v2", "{'config': {'A': '', 'B': '2'}}");
        assertThat(engine.apps().get(name).config()).isEqualTo(Map.of("B", "2"));

        assertThat(laos.post("/v1/" + p + "/apps/Shop.v2/routes", "{'path': '/a/b', 'image':"
                + " 'img', 'type': 'async', 'headers': {'X-A': ['1']}}").status()).isEqualTo(201);
        FakeRoute route = engine.routes(name).get("/a/b");
        assertThat(route.image()).isEqualTo("img");
        assertThat(route.type()).as("LaOS runs async itself").isEqualTo("sync");

        laos.patch("/v1/" + p + "/apps/Shop.v2/routes/a/b", "{'memory': 512, 'timeout': 60,"
                + " 'headers': {'X-A': ['2']}}");
        route = engine.routes(name).get("/a/b");
        assertThat(route.memory()).isEqualTo(512);
        assertThat(route.timeout()).isEqualTo(60);
        assertThat(route.headers()).isEqualTo(Map.of("X-A", List.of("2")));

        laos.patch("/v1/" + p + "/apps/Shop.v2/routes/a/b", "{'memory': null}");
        assertThat(engine.routes(name).get("/a/b").memory()).isEqualTo(128);

        assertThat(laos.delete("/v1/" + p + "/apps/Shop.v2?cascade=true").status())
                .isEqualTo(200);
        assertThat(engine.apps()).doesNotContainKey(name);
    }

    @Test
    void theSameAppNameInTwoProjectsIsTwoEngineApps() {
        String q = UUID.randomUUID().toString().replace("-", "");
        laos.post("/v1/" + p + "/apps", "{'name': 'same'}");
        laos.post("/v1/" + q + "/apps", "{'name': 'same'}");

        assertThat(engineName(p, "same")).isNotEqualTo(engineName(q, "same"));
        assertThat(engine.apps()).containsKeys(engineName(p, "same"), engineName(q, "same"));
    }

    @Test
    void listAndShowNeverCallTheEngine() {
        laos.post("/v1/" + p + "/apps", "{'name': 'a'}");
        laos.post("/v1/" + p + "/apps/a/routes", "{'path': '/r', 'image': 'i'}");
        engine.clearRequests();

        assertThat(laos.get("/v1/" + p + "/apps").status()).isEqualTo(200);
        assertThat(laos.get("/v1/" + p + "/apps/a").status()).isEqualTo(200);
        assertThat(laos.get("/v1/" + p + "/apps/a/routes").status()).isEqualTo(200);
        assertThat(laos.get("/v1/" + p + "/apps/a/routes/r").status()).isEqualTo(200);
        assertThat(engine.calls()).isZero();
    }

    @Test
    void badInputNeverReachesTheEngineOrTheDatabase() {
        laos.post("/v1/" + p + "/apps", "{'name': 'a'}");
        int apps = laos.countRows("apps");
        int routes = laos.countRows("routes");
        engine.clearRequests();

        assertThat(laos.post("/v1/" + p + "/apps", "{'name': 'bad name'}").status())
                .isEqualTo(400);
        assertThat(laos.post("/v1/" + p + "/apps/a/routes", "{'path': '/x:y', 'image': 'i'}")
                .status()).isEqualTo(400);
        assertThat(laos.patch("/v1/" + p + "/apps/a", "{'config': {'K': 5}}").status())
                .isEqualTo(400);
        assertThat(engine.calls()).isZero();
        assertThat(laos.countRows("apps")).isEqualTo(apps);
        assertThat(laos.countRows("routes")).isEqualTo(routes);
    }

    @Test
    void anEngineFailureOnCreateLeavesNoRowAndAnswers502() {
        int before = laos.countRows("apps");
        engine.failNext("POST", "/v1/apps", 500, "{\"error\": {\"message\": \"disk full\"}}");

        Response r = laos.post("/v1/" + p + "/apps", "{'name': 'a'}");

        assertThat(r.status()).isEqualTo(502);
        assertThat(r.text()).doesNotContain("disk full");
        assertThat(laos.countRows("apps")).isEqualTo(before);
        assertThat(laos.get("/v1/" + p + "/apps/a").status()).isEqualTo(404);
        assertThat(laos.post("/v1/" + p + "/apps", "{'name': 'a'}").status()).isEqualTo(201);
    }

    @Test
    void anEngineFailureOnRouteUpdateChangesNothing() {
        laos.post("/v1/" + p + "/apps", "{'name': 'a'}");
        laos.post("/v1/" + p + "/apps/a/routes", "{'path': '/r', 'image': 'i'}");
        engine.failNext("PATCH", "/v1/apps/", 500, "{\"error\": {\"message\": \"boom\"}}");

        assertThat(laos.patch("/v1/" + p + "/apps/a/routes/r", "{'memory': 256}").status())
                .isEqualTo(502);
        assertThat(laos.get("/v1/" + p + "/apps/a/routes/r").json().get("route").get("memory")
                .asInt()).isEqualTo(128);
        assertThat(engine.routes(engineName(p, "a")).get("/r").memory()).isEqualTo(128);
    }

    @Test
    void anEngineThatDoesNotAnswerInTimeIs504AndLeavesNoRow() throws Exception {
        FakeIronFunctions.Hold hold = engine.delayNext("POST", "/v1/apps");
        int before = laos.countRows("apps");
        try {
            Response r = laos.post("/v1/" + p + "/apps", "{'name': 'slow'}");
            assertThat(r.status()).isEqualTo(504);
        } finally {
            hold.release();
        }
        assertThat(laos.countRows("apps")).isEqualTo(before);
    }

    @Test
    void twentyParallelCreatesOfOneNameGiveOneAppEverywhere() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            statuses.add(pool.submit(() -> {
                go.await();
                return laos.post("/v1/" + p + "/apps", "{'name': 'race'}").status();
            }));
        }
        go.countDown();
        List<Integer> seen = new ArrayList<>();
        for (Future<Integer> f : statuses) {
            seen.add(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(seen).filteredOn(s -> s == 201).hasSize(1);
        assertThat(seen).filteredOn(s -> s == 409).hasSize(19);
        assertThat(laos.get("/v1/" + p + "/apps").json().get("apps")).hasSize(1);
        assertThat(engine.apps()).containsKey(engineName(p, "race"));
        assertThat(engine.apps().keySet()).filteredOn(n -> n.startsWith("race-")).hasSize(1);
    }

    @Test
    void anUnreachableEngineIs503AndLeavesNoRow() throws Exception {
        try (FakeIronFunctions down = FakeIronFunctions.start();
             LaosTestApp other = LaosTestApp.withIronFunctions(down.url())) {
            down.stop();
            Response r = other.post("/v1/" + p + "/apps", "{'name': 'a'}");
            assertThat(r.status()).isEqualTo(503);
            assertThat(r.json().get("error").get("message").asText()).contains("engine");
            assertThat(other.countRows("apps")).isZero();
        }
    }
}
