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
package io.laos.api.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dropwizard.core.setup.Environment;
import io.laos.api.driver.ironfunctions.IronFunctionsDriverFactory;
import io.laos.api.testing.FakeIronFunctions;
import io.laos.api.testing.FakeRoute;
import io.laos.api.testing.LaosTestApp;
import io.laos.api.testing.RecordedRequest;
import io.laos.common.driver.FunctionsDriver;
import io.laos.common.model.App;
import io.laos.common.model.ResourceState;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import org.eclipse.jetty.util.component.LifeCycle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * End to end through the real IronFunctions driver: LaOS (real app, real HTTP) creates apps
 * and routes on a stateful fake IronFunctions, drift is injected on both sides, and reconcile
 * finds it, changes nothing in a dry run, and repairs it.
 */
class ReconcileIronFunctionsTest {
    private FakeIronFunctions engine;
    private LaosTestApp laos;
    private FunctionsDriver driver;
    private Environment environment;

    @BeforeEach
    void start() throws Exception {
        engine = FakeIronFunctions.start();
        laos = LaosTestApp.withIronFunctions(engine.url());
        IronFunctionsDriverFactory factory = new IronFunctionsDriverFactory();
        factory.setUrl(engine.url());
        environment = new Environment("reconcile-test");
        driver = factory.build(environment);
        for (LifeCycle managed : environment.lifecycle().getManagedObjects()) {
            managed.start();
        }
    }

    @AfterEach
    void stop() throws Exception {
        driver.close();
        for (LifeCycle managed : environment.lifecycle().getManagedObjects()) {
            managed.stop();
        }
        laos.close();
        engine.close();
    }

    @Test
    void findsAndRepairsDriftOnIronFunctions() {
        create("web", "/hello", "sync");
        create("web", "/later", "async");  // sync on the engine: no drift
        create("web", "/gone", "sync");
        create("api", "/v", "sync");
        create("lost", "/x", "sync");
        Jdbi jdbi = laos.jdbi().installPlugin(new SqlObjectPlugin());
        Rows rows = new Rows(jdbi);
        String web = engineName(rows, "web");
        String api = engineName(rows, "api");
        String lost = engineName(rows, "lost");
        driver.deleteRoute(web, "/gone");
        engine.putRoute(engine.routes(web).get("/hello").withTimeout(99));
        engine.putRoute(FakeRoute.of(web, "/stray", "laos/hello"));
        engine.putApp(api, Map.of("GREETING", "changed"));
        driver.deleteRoute(lost, "/x");
        driver.deleteApp(lost);
        engine.putApp("not-laos", Map.of());
        App half = rows.app("demo", "half", ResourceState.CREATING, Map.of(), Rows.OLD);
        engine.putApp(half.engineName(), Map.of());
        ReconcileService service = new ReconcileService(jdbi.onDemand(InventoryDao.class),
                rows.apps(), rows.routes(), driver, Clock.fixed(Rows.NOW, ZoneOffset.UTC));
        engine.clearRequests();

        ReconcileReport dry = service.run(ReconcileOptions.dryRunOnly().withDeleteUnowned());

        assertThat(dry.findings()).extracting(f -> f.drift().kind(), f -> f.drift().app(),
                f -> f.drift().route()).containsExactlyInAnyOrder(
                tuple(DriftKind.APP_DIFFERS, "api", null),
                tuple(DriftKind.APP_CREATE_INTERRUPTED, "half", null),
                tuple(DriftKind.APP_MISSING, "lost", null),
                tuple(DriftKind.ROUTE_MISSING, "lost", "/x"),
                tuple(DriftKind.ROUTE_MISSING, "web", "/gone"),
                tuple(DriftKind.ROUTE_DIFFERS, "web", "/hello"),
                tuple(DriftKind.ROUTE_UNOWNED, "web", "/stray"),
                tuple(DriftKind.APP_UNOWNED, "not-laos", null));
        assertThat(engine.requests()).extracting(RecordedRequest::method).containsOnly("GET");

        ReconcileReport fixed = service.run(ReconcileOptions.repair().withDeleteUnowned());

        assertThat(fixed.ok()).as("%s", fixed.findings()).isTrue();
        assertThat(engine.apps()).containsOnlyKeys(web, api, lost);
        assertThat(engine.apps().get(api).config()).isEqualTo(Map.of("GREETING", "hello"));
        assertThat(engine.routes(web)).containsOnlyKeys("/hello", "/later", "/gone");
        assertThat(engine.routes(web).get("/hello").timeout()).isEqualTo(30);
        assertThat(engine.routes(lost)).containsOnlyKeys("/x");
        assertThat(rows.apps().findById(half.id())).isEmpty();
        assertThat(service.run(ReconcileOptions.repair().withDeleteUnowned()).inSync()).isTrue();
        assertThat(laos.get("/v1/demo/apps/lost/routes/x").status()).isEqualTo(200);
    }

    private void create(String app, String path, String type) {
        if (laos.get("/v1/demo/apps/" + app).status() == 404) {
            assertThat(laos.post("/v1/demo/apps", "{'app': {'name': '" + app
                    + "', 'config': {'GREETING': 'hello'}}}").status()).isEqualTo(201);
        }
        assertThat(laos.post("/v1/demo/apps/" + app + "/routes", "{'route': {'path': '" + path
                + "', 'image': 'laos/hello', 'type': '" + type + "'}}").status())
                .isEqualTo(201);
    }

    private static String engineName(Rows rows, String app) {
        return rows.apps().findByName("demo", app).orElseThrow().engineName();
    }
}
