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

import io.laos.common.driver.EngineApp;
import io.laos.common.driver.FunctionsDriver;
import io.laos.common.model.App;
import io.laos.db.dao.AppDao;
import io.laos.db.dao.RouteDao;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares the database (the source of truth) with the engine, reports each drift and, unless
 * it is a dry run, repairs it: see {@link DriftKind} for the kinds and their repairs, and
 * docs/operations.md for the operator's view.
 *
 * <p>The engine is listed before the database is read. An app created by a running server
 * between the two reads then looks missing on the engine (and creating it again is harmless),
 * never unowned (which {@code --delete-unowned} would delete).
 */
public class ReconcileService {
    private final InventoryDao inventory;
    private final FunctionsDriver driver;
    private final UnitDeleter deleter;
    private final RouteReconciler routeReconciler;
    private final Clock clock;

    public ReconcileService(InventoryDao inventory, AppDao apps, RouteDao routes,
                            FunctionsDriver driver, Clock clock) {
        this.inventory = inventory;
        this.driver = driver;
        this.deleter = new UnitDeleter(apps, routes, driver);
        this.routeReconciler = new RouteReconciler(routes, driver, deleter);
        this.clock = clock;
    }

    /** One run; throws only when the engine cannot even list its apps. */
    public ReconcileReport run(ReconcileOptions options) {
        FindingLog log = new FindingLog(options.dryRun());
        Map<String, EngineApp> engineApps = options.rowsOnly() ? Map.of() : driver.listApps()
                .stream()
                .collect(Collectors.toMap(EngineApp::name, Function.identity(), (a, b) -> a,
                        TreeMap::new));
        List<App> dbApps = options.projectId() == null ? inventory.listApps()
                : inventory.listApps(options.projectId());
        Set<String> owned = new HashSet<>();
        for (App app : dbApps) {
            owned.add(app.engineName());
            try {
                reconcileApp(app, engineApps.get(app.engineName()), options, log);
            } catch (RuntimeException e) {
                log.failed(new Drift(DriftKind.UNCHECKED, app.projectId(), app.name(), null,
                        "comparison failed"), e);
            }
        }
        if (options.projectId() == null && !options.rowsOnly()) {
            for (EngineApp engineApp : engineApps.values()) {
                if (!owned.contains(engineApp.name())) {
                    unowned(engineApp, options, log);
                }
            }
        }
        return log.report();
    }

    private void reconcileApp(App app, EngineApp engineApp, ReconcileOptions options,
                              FindingLog log) {
        switch (app.state()) {
            case CREATING -> {
                if (Grace.isOver(app.createdAt(), options, clock)) {
                    log.repair(drift(DriftKind.APP_CREATE_INTERRUPTED, app,
                            "the create never answered success"), () -> deleter.deleteApp(app));
                } else {
                    log.inProgress();
                }
            }
            case DELETING -> log.repair(drift(DriftKind.APP_DELETE_INTERRUPTED, app,
                    "the delete did not finish"), () -> deleter.deleteApp(app));
            case ACTIVE -> reconcileActive(app, engineApp, options, log);
            default -> throw new IllegalStateException("unknown state " + app.state());
        }
    }

    private void reconcileActive(App app, EngineApp engineApp, ReconcileOptions options,
                                 FindingLog log) {
        if (options.rowsOnly()) {
            routeReconciler.reconcile(app, null, options, log, clock);
            return;
        }
        EngineApp wanted = new EngineApp(app.engineName(), app.config());
        if (engineApp == null) {
            log.repair(drift(DriftKind.APP_MISSING, app, "engine app " + app.engineName()
                    + " is missing"), () -> driver.createApp(wanted));
            routeReconciler.reconcile(app, List.of(), options, log, clock);
            return;
        }
        List<String> keys = EngineComparison.configDifferences(engineApp.config(),
                app.config());
        if (!keys.isEmpty()) {
            log.repair(drift(DriftKind.APP_DIFFERS, app, "config keys differ: " + keys),
                    () -> driver.updateApp(engineApp, wanted));
        }
        routeReconciler.reconcile(app, driver.listRoutes(app.engineName()), options, log,
                clock);
    }

    private void unowned(EngineApp engineApp, ReconcileOptions options, FindingLog log) {
        Drift drift = new Drift(DriftKind.APP_UNOWNED, null, engineApp.name(), null,
                "no LaOS app has this engine name");
        if (options.deleteUnowned()) {
            log.repair(drift, () -> deleter.deleteEngineApp(engineApp.name()));
        } else {
            log.reportOnly(drift);
        }
    }

    private static Drift drift(DriftKind kind, App app, String detail) {
        return new Drift(kind, app.projectId(), app.name(), null, detail);
    }
}
