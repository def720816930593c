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

import io.laos.common.driver.EngineRoute;
import io.laos.common.driver.FunctionsDriver;
import io.laos.common.model.App;
import io.laos.common.model.Route;
import io.laos.db.dao.RouteDao;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reconciles the routes of one active app (see {@link ReconcileService}). */
final class RouteReconciler {
    private final RouteDao routes;
    private final FunctionsDriver driver;
    private final UnitDeleter deleter;

    RouteReconciler(RouteDao routes, FunctionsDriver driver, UnitDeleter deleter) {
        this.routes = routes;
        this.driver = driver;
        this.deleter = deleter;
    }

    /**
     * {@code engineRoutes}: what the engine has under the app (empty when it lacks the app),
     * or null to repair rows left by a crash only.
     */
    void reconcile(App app, List<EngineRoute> engineRoutes, ReconcileOptions options,
                   FindingLog log, Clock clock) {
        boolean compare = engineRoutes != null;
        Map<String, EngineRoute> onEngine = new LinkedHashMap<>();
        if (compare) {
            engineRoutes.forEach(r -> onEngine.put(r.path(), r));
        }
        Set<String> known = new HashSet<>();
        for (Route route : routes.listAll(app.id())) {
            // A row in any state claims its path: a young 'creating' route is no stray.
            known.add(route.path());
            switch (route.state()) {
                case CREATING -> {
                    if (Grace.isOver(route.createdAt(), options, clock)) {
                        log.repair(drift(DriftKind.ROUTE_CREATE_INTERRUPTED, app, route.path(),
                                "the create never answered success"),
                                () -> deleter.deleteRoute(app, route));
                    } else {
                        log.inProgress();
                    }
                }
                case DELETING -> log.repair(drift(DriftKind.ROUTE_DELETE_INTERRUPTED, app,
                        route.path(), "the delete did not finish"),
                        () -> deleter.deleteRoute(app, route));
                case ACTIVE -> {
                    if (compare) {
                        reconcileActive(app, route, onEngine.get(route.path()), log);
                    }
                }
                default -> throw new IllegalStateException("unknown state " + route.state());
            }
        }
        for (EngineRoute stray : onEngine.values()) {
            if (!known.contains(stray.path())) {
                log.repair(drift(DriftKind.ROUTE_UNOWNED, app, stray.path(),
                        "the database has no such route"),
                        () -> driver.deleteRoute(app.engineName(), stray.path()));
            }
        }
    }

    private void reconcileActive(App app, Route route, EngineRoute engine, FindingLog log) {
        EngineRoute wanted = EngineRoute.of(route);
        if (engine == null) {
            log.repair(drift(DriftKind.ROUTE_MISSING, app, route.path(),
                    "the engine does not have it"),
                    () -> driver.createRoute(app.engineName(), wanted));
            return;
        }
        List<String> fields = EngineComparison.routeDifferences(engine, wanted);
        if (!fields.isEmpty()) {
            log.repair(drift(DriftKind.ROUTE_DIFFERS, app, route.path(),
                    "fields differ: " + fields),
                    () -> driver.updateRoute(app.engineName(), engine, wanted));
        }
    }

    private static Drift drift(DriftKind kind, App app, String path, String detail) {
        return new Drift(kind, app.projectId(), app.name(), path, detail);
    }
}
