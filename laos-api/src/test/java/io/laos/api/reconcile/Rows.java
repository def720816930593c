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

import io.laos.api.service.EngineNames;
import io.laos.common.driver.EngineApp;
import io.laos.common.driver.EngineRoute;
import io.laos.common.driver.FunctionsDriver;
import io.laos.common.model.App;
import io.laos.common.model.ResourceState;
import io.laos.common.model.Route;
import io.laos.common.model.RouteFormat;
import io.laos.common.model.RouteType;
import io.laos.db.dao.AppDao;
import io.laos.db.dao.RouteDao;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import io.laos.db.SchemaMigrator;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * Writes apps, routes and call records straight into the database, in any state, to inject
 * drift the API would never leave behind (tests only).
 */
public final class Rows {
    /** "Now" for the tests that use a fixed clock. */
    public static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    /** Long before NOW: a row this old was left by a crash. */
    public static final Instant OLD = NOW.minusSeconds(3600);

    private final Jdbi jdbi;
    private final AppDao apps;
    private final RouteDao routes;

    /** A fresh, migrated in-memory H2 database of its own (for whole-cloud runs). */
    public static Jdbi privateH2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:reconcile-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        SchemaMigrator.migrate(h2);
        return Jdbi.create(h2).installPlugin(new SqlObjectPlugin());
    }

    public Rows(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.apps = jdbi.onDemand(AppDao.class);
        this.routes = jdbi.onDemand(RouteDao.class);
    }

    public AppDao apps() {
        return apps;
    }

    public RouteDao routes() {
        return routes;
    }

    public App app(String project, String name) {
        return app(project, name, ResourceState.ACTIVE, Map.of("GREETING", "hello"), OLD);
    }

    public App app(String project, String name, ResourceState state,
                   Map<String, String> config, Instant createdAt) {
        App app = new App(UUID.randomUUID().toString(), project, name, "", config,
                EngineNames.generate(name), state, createdAt, createdAt);
        apps.insert(app);
        return app;
    }

    /** An active route with IronFunctions' defaults (its app must be active). */
    public Route route(App app, String path) {
        return route(app, path, ResourceState.ACTIVE, OLD);
    }

    public Route route(App app, String path, ResourceState state, Instant createdAt) {
        Route route = new Route(UUID.randomUUID().toString(), app.id(), app.projectId(),
                app.name(), path, "laos/hello", RouteType.SYNC, RouteFormat.DEFAULT, 128, 30,
                30, 1, Map.of("X-Fn", List.of("laos")), Map.of("LEVEL", "info"), false, state,
                createdAt, createdAt);
        if (!routes.insert(route)) {
            throw new IllegalStateException("app " + app.name() + " is not active");
        }
        return route;
    }

    /** Moves an app to another state (after its routes were added). */
    public App state(App app, ResourceState to) {
        apps.changeState(app.id(), app.state(), to);
        return app.withState(to);
    }

    /** Puts the app and its routes on the engine exactly as the database has them. */
    public void onEngine(FunctionsDriver engine, App app, Route... appRoutes) {
        engine.createApp(new EngineApp(app.engineName(), app.config()));
        for (Route r : appRoutes) {
            engine.createRoute(app.engineName(), EngineRoute.of(r));
        }
    }

    /** A finished (or live) call record of {@code project}, with a log for finished ones. */
    public String call(String project, Instant createdAt, String status) {
        String id = UUID.randomUUID().toString();
        jdbi.useHandle(h -> {
            h.createUpdate("INSERT INTO calls (id, project_id, app_name, route_path, app_id,"
                    + " route_id, call_type, status, created_at, memory_mb) VALUES (:id, :p,"
                    + " 'app', '/r', 'a', 'r', 'sync', :status, :at, 128)")
                    .bind("id", id).bind("p", project).bind("status", status)
                    .bind("at", createdAt.toEpochMilli()).execute();
            h.createUpdate("INSERT INTO call_logs (call_id, log_text, truncated)"
                    + " VALUES (:id, 'log', false)").bind("id", id).execute();
        });
        return id;
    }

    public int countCalls(String project) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM calls WHERE"
                + " project_id = :p").bind("p", project).mapTo(Integer.class).one());
    }

    /** The same engine route at another path. */
    public static EngineRoute at(String path, EngineRoute r) {
        return new EngineRoute(path, r.image(), r.type(), r.format(), r.memory(), r.timeout(),
                r.idleTimeout(), r.maxConcurrency(), r.headers(), r.config());
    }
}
