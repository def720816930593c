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
import io.laos.common.model.ResourceState;
import io.laos.common.model.Route;
import io.laos.db.dao.AppDao;
import io.laos.db.dao.RouteDao;

/**
 * Deletes routes and apps one unit at a time with the API's protocol: mark the row
 * {@code deleting} (the intent), delete on the engine, delete the row. A failure leaves the
 * row {@code deleting}, which the next reconcile finishes; unlike a tenant's delete it is not
 * set back to active, because an operator's delete (purge, roll back) must still happen.
 */
public class UnitDeleter {
    private final AppDao apps;
    private final RouteDao routes;
    private final FunctionsDriver driver;

    public UnitDeleter(AppDao apps, RouteDao routes, FunctionsDriver driver) {
        this.apps = apps;
        this.routes = routes;
        this.driver = driver;
    }

    /** Deletes one route of {@code app}, whatever its state. */
    public void deleteRoute(App app, Route route) {
        if (!markDeleting(route)) {
            return; // deleted meanwhile (by the API or another run)
        }
        driver.deleteRoute(app.engineName(), route.path());
        routes.delete(route.id());
    }

    /**
     * Deletes an app, whatever its state: its routes (each as a unit), any route the engine
     * still has under it, the engine app, then the row.
     */
    public void deleteApp(App app) {
        if (app.state() != ResourceState.DELETING
                && !apps.changeState(app.id(), app.state(), ResourceState.DELETING)) {
            if (apps.findById(app.id()).isEmpty()) {
                return;
            }
            throw new IllegalStateException("app " + app.id() + " changed state meanwhile");
        }
        for (Route route : routes.listAll(app.id())) {
            deleteRoute(app, route);
        }
        deleteEngineApp(app.engineName());
        apps.delete(app.id());
    }

    /** Deletes an engine app and every route the engine has under it (no rows involved). */
    public void deleteEngineApp(String engineName) {
        // IronFunctions refuses to delete an app that still has routes.
        for (EngineRoute route : driver.listRoutes(engineName)) {
            driver.deleteRoute(engineName, route.path());
        }
        driver.deleteApp(engineName);
    }

    private boolean markDeleting(Route route) {
        if (route.state() == ResourceState.DELETING
                || routes.changeState(route.id(), route.state(), ResourceState.DELETING)) {
            return true;
        }
        if (routes.findById(route.id()).isEmpty()) {
            return false;
        }
        throw new IllegalStateException("route " + route.id() + " changed state meanwhile");
    }
}
