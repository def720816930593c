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

import io.laos.api.driver.noop.NoopDriver;
import io.laos.common.driver.EngineApp;
import io.laos.common.driver.EngineRoute;
import io.laos.common.model.App;
import io.laos.common.model.ResourceState;
import io.laos.common.model.Route;
import io.laos.common.model.RouteFormat;
import io.laos.common.model.RouteType;
import io.laos.db.TestDatabases;
import io.laos.db.TestDatabases.TestDatabase;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Injects drift of every kind through the DAOs and a driver, then checks that a dry run finds
 * each one and changes nothing, that a run repairs them all, and that a second run finds
 * nothing. On H2 always, on MariaDB and PostgreSQL when their URLs are given.
 */
class ReconcileServiceTest {

    static Stream<TestDatabase> databases() {
        return TestDatabases.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void findsThenRepairsEveryKindOfDrift(TestDatabase db) {
        Jdbi jdbi = db.jdbi();
        Rows rows = new Rows(jdbi);
        NoopDriver engine = new NoopDriver();
        InventoryDao inventory = jdbi.onDemand(InventoryDao.class);
        ReconcileService service = new ReconcileService(inventory, rows.apps(), rows.routes(),
                engine, Clock.fixed(Rows.NOW, ZoneOffset.UTC));
        String p = TestDatabases.uniqueProject();

        // In sync, with a header name the engine canonicalised and an async type it holds as
        // sync: neither is drift.
        App good = rows.app(p, "good");
        Route goodRoute = rows.route(good, "/ok");
        engine.createApp(new EngineApp(good.engineName(), good.config()));
        EngineRoute asStored = EngineRoute.of(goodRoute);
        engine.createRoute(good.engineName(), new EngineRoute(asStored.path(), asStored.image(),
                RouteType.ASYNC, null, asStored.memory(), asStored.timeout(),
                asStored.idleTimeout(), asStored.maxConcurrency(),
                Map.of("x-fn", List.of("laos")), Map.of("LEVEL", "info", "EMPTY", "")));
        // (a) an active app (and its route) missing on the engine
        App missing = rows.app(p, "missing");
        rows.route(missing, "/r1");
        // (b) an active route missing; (c) an engine route the database does not have
        App partial = rows.app(p, "partial");
        Route present = rows.route(partial, "/present");
        rows.route(partial, "/absent");
        rows.onEngine(engine, partial, present);
        engine.createRoute(partial.engineName(), Rows.at("/stray", EngineRoute.of(present)));
        // (d) field differences: app config, route fields
        App drifted = rows.app(p, "drifted");
        Route driftedRoute = rows.route(drifted, "/d");
        engine.createApp(new EngineApp(drifted.engineName(), Map.of("GREETING", "bye",
                "EXTRA", "x")));
        EngineRoute d = EngineRoute.of(driftedRoute);
        engine.createRoute(drifted.engineName(), new EngineRoute("/d", "other/image",
                RouteType.SYNC, RouteFormat.HTTP, 256, 99, d.idleTimeout(), 5,
                Map.of(), Map.of("LEVEL", "debug")));
        // (e) rows left by a crash: creating (old, and a young one in flight), deleting
        App creating = rows.app(p, "creating", ResourceState.CREATING, Map.of(), Rows.OLD);
        engine.createApp(new EngineApp(creating.engineName(), Map.of()));
        App young = rows.app(p, "young", ResourceState.CREATING, Map.of(),
                Rows.NOW.minusSeconds(30));
        App deleting = rows.app(p, "deleting");
        Route deletingRoute = rows.route(deleting, "/gone");
        rows.onEngine(engine, deleting, deletingRoute);
        deleting = rows.state(deleting, ResourceState.DELETING);
        Route creatingRoute = rows.route(good, "/half", ResourceState.CREATING, Rows.OLD);
        Route deletingOne = rows.route(good, "/going");
        engine.createRoute(good.engineName(), EngineRoute.of(deletingOne));
        rows.routes().changeState(deletingOne.id(), ResourceState.ACTIVE,
                ResourceState.DELETING);

        Map<String, Object> engineBefore = Snapshots.engine(engine);
        Map<String, Object> rowsBefore = Snapshots.rows(inventory, rows.routes(), p);
        ReconcileReport dry = service.run(ReconcileOptions.dryRunOnly().forProject(p));

        assertThat(dry.findings()).extracting(f -> f.drift().kind(), f -> f.drift().app(),
                f -> f.drift().route()).containsExactlyInAnyOrder(
                tuple(DriftKind.ROUTE_CREATE_INTERRUPTED, "good", "/half"),
                tuple(DriftKind.ROUTE_DELETE_INTERRUPTED, "good", "/going"),
                tuple(DriftKind.APP_MISSING, "missing", null),
                tuple(DriftKind.ROUTE_MISSING, "missing", "/r1"),
                tuple(DriftKind.ROUTE_MISSING, "partial", "/absent"),
                tuple(DriftKind.ROUTE_UNOWNED, "partial", "/stray"),
                tuple(DriftKind.APP_DIFFERS, "drifted", null),
                tuple(DriftKind.ROUTE_DIFFERS, "drifted", "/d"),
                tuple(DriftKind.APP_CREATE_INTERRUPTED, "creating", null),
                tuple(DriftKind.APP_DELETE_INTERRUPTED, "deleting", null));
        assertThat(dry.findings()).allMatch(f -> f.outcome() == Finding.Outcome.WOULD_REPAIR);
        assertThat(dry.of(DriftKind.APP_DIFFERS).get(0).drift().detail())
                .contains("EXTRA", "GREETING").doesNotContain("bye", "hello");
        assertThat(dry.of(DriftKind.ROUTE_DIFFERS).get(0).drift().detail()).contains("image",
                "memory", "timeout", "max_concurrency", "format", "headers", "config");
        assertThat(dry.inProgress()).isEqualTo(1);
        assertThat(Snapshots.engine(engine)).isEqualTo(engineBefore);
        assertThat(Snapshots.rows(inventory, rows.routes(), p)).isEqualTo(rowsBefore);

        ReconcileReport fixed = service.run(ReconcileOptions.repair().forProject(p));

        assertThat(fixed.ok()).isTrue();
        assertThat(fixed.findings()).hasSize(dry.findings().size())
                .allMatch(f -> f.outcome() == Finding.Outcome.REPAIRED);
        assertThat(inventory.listApps(p)).extracting(App::name)
                .containsExactly("drifted", "good", "missing", "partial", "young");
        assertThat(rows.routes().findById(creatingRoute.id())).isEmpty();
        assertThat(rows.routes().findById(deletingOne.id())).isEmpty();
        assertThat(rows.routes().findById(deletingRoute.id())).isEmpty();
        assertThat(engine.listApps()).extracting(EngineApp::name)
                .doesNotContain(creating.engineName(), deleting.engineName());
        for (App app : inventory.listApps(p)) {
            if (app.state() == ResourceState.ACTIVE) {
                assertAgree(engine, rows, app);
            }
        }

        ReconcileReport again = service.run(ReconcileOptions.repair().forProject(p));
        assertThat(again.inSync()).as("second run: %s", again.findings()).isTrue();
        assertThat(again.inProgress()).isEqualTo(1);
        assertThat(rows.apps().findById(young.id())).isPresent();
    }

    /** The engine holds exactly the app's active routes, equal field by field. */
    private static void assertAgree(NoopDriver engine, Rows rows, App app) {
        EngineApp onEngine = engine.listApps().stream()
                .filter(a -> a.name().equals(app.engineName())).findFirst().orElseThrow();
        assertThat(EngineComparison.configDifferences(onEngine.config(), app.config()))
                .isEmpty();
        List<Route> active = rows.routes().listAll(app.id()).stream()
                .filter(r -> r.state() == ResourceState.ACTIVE).toList();
        List<EngineRoute> engineRoutes = engine.listRoutes(app.engineName());
        assertThat(engineRoutes).extracting(EngineRoute::path)
                .containsExactlyInAnyOrderElementsOf(active.stream().map(Route::path).toList());
        for (Route route : active) {
            EngineRoute e = engineRoutes.stream().filter(r -> r.path().equals(route.path()))
                    .findFirst().orElseThrow();
            assertThat(EngineComparison.routeDifferences(e, EngineRoute.of(route))).isEmpty();
        }
    }
}
