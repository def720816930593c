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
package io.laos.api.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.laos.api.auth.LaosPrincipal;
import io.laos.api.policy.PolicyEnforcer;
import io.laos.api.policy.PolicyRules;
import io.laos.common.driver.EngineRoute;
import io.laos.common.driver.FunctionsDriver;
import io.laos.common.error.LaosException;
import io.laos.common.model.App;
import io.laos.common.model.Page;
import io.laos.common.model.ResourceState;
import io.laos.common.model.Route;
import io.laos.common.model.RouteSettings;
import io.laos.common.validation.RoutePaths;
import io.laos.common.validation.RouteRequests;
import io.laos.db.DbErrors;
import io.laos.db.dao.AppDao;
import io.laos.db.dao.RouteDao;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Routes: the same write protocol as apps (see {@link AppService}): intent in the database,
 * the engine call, then the row settled, with undo on failure.
 */
public class RouteService {
    private final AppDao apps;
    private final RouteDao routes;
    private final FunctionsDriver driver;
    private final PolicyEnforcer policy;
    private final Clock clock;

    public RouteService(AppDao apps, RouteDao routes, FunctionsDriver driver,
                        PolicyEnforcer policy, Clock clock) {
        this.apps = apps;
        this.routes = routes;
        this.driver = driver;
        this.policy = policy;
        this.clock = clock;
    }

    public Route create(LaosPrincipal caller, String projectId, String appName,
                        RouteRequests.Create request) {
        policy.enforce(PolicyRules.ROUTES_CREATE, caller, projectId);
        App app = findApp(projectId, appName);
        Instant now = now();
        RouteSettings s = request.settings();
        Route route = new Route(UUID.randomUUID().toString(), app.id(), projectId, appName,
                request.path(), s.image(), s.type(), s.format(), s.memory(), s.timeout(),
                s.idleTimeout(), s.maxConcurrency(), s.headers(), s.config(), s.isPublic(),
                ResourceState.CREATING, now, now);
        EngineRoute engineRoute = EngineRoute.of(route);
        driver.validateRoute(engineRoute);
        if (routes.findByPath(app.id(), route.path()).isPresent()) {
            throw alreadyExists(route.path(), appName);
        }
        try {
            if (!routes.insert(route)) {
                throw LaosException.notFound("App '" + appName + "' not found");
            }
        } catch (RuntimeException e) {
            if (DbErrors.isConstraintViolation(e)) {
                throw alreadyExists(route.path(), appName);
            }
            throw e;
        }
        try {
            driver.createRoute(app.engineName(), engineRoute);
        } catch (RuntimeException e) {
            Compensation.attempt("remove route row " + route.id(), () -> routes.delete(route.id()));
            throw e;
        }
        try {
            if (!routes.changeState(route.id(), ResourceState.CREATING, ResourceState.ACTIVE)) {
                throw new IllegalStateException("route row " + route.id() + " vanished");
            }
        } catch (RuntimeException e) {
            Compensation.attempt("remove engine route " + route.path(),
                    () -> driver.deleteRoute(app.engineName(), route.path()));
            Compensation.attempt("remove route row " + route.id(), () -> routes.delete(route.id()));
            throw e;
        }
        return new Route(route.id(), route.appId(), projectId, appName, route.path(),
                s.image(), s.type(), s.format(), s.memory(), s.timeout(), s.idleTimeout(),
                s.maxConcurrency(), s.headers(), s.config(), s.isPublic(), ResourceState.ACTIVE,
                now, now);
    }

    public Page<Route> list(LaosPrincipal caller, String projectId, String appName,
                            String marker, int limit) {
        policy.enforce(PolicyRules.ROUTES_LIST, caller, projectId);
        App app = findApp(projectId, appName);
        return Pagination.page(routes.listActive(app.id(), marker, limit + 1), limit,
                Route::path);
    }

    public Route get(LaosPrincipal caller, String projectId, String appName, String rawPath) {
        policy.enforce(PolicyRules.ROUTES_GET, caller, projectId);
        return find(findApp(projectId, appName), rawPath);
    }

    /**
     * Applies an update body (PATCH, or PUT with a partial body). The body is validated against
     * the current route before anything is written. As for apps, the row is written only if
     * nobody changed the route since it was read, so concurrent updates never lose each other's
     * changes; the body is applied again to the newer route when a race is lost.
     */
    public Route update(LaosPrincipal caller, String projectId, String appName, String rawPath,
                        JsonNode body) {
        policy.enforce(PolicyRules.ROUTES_UPDATE, caller, projectId);
        App app = findApp(projectId, appName);
        for (int attempt = 1; ; attempt++) {
            Route before = find(app, rawPath);
            RouteSettings settings = RouteRequests.parseUpdate(body, before.path(),
                    before.settings());
            Route after = before.with(settings, Updates.after(now(), before.updatedAt()));
            if (tryUpdate(app, before, after)) {
                return after;
            }
            if (attempt == Updates.ATTEMPTS) {
                throw LaosException.conflict("Route '" + before.path() + "' is being changed by"
                        + " other requests; try again");
            }
        }
    }

    /**
     * One attempt: the engine, then the row if it is still as read. False when another request
     * changed (or deleted) the route in between; the engine then holds what the database holds.
     */
    private boolean tryUpdate(App app, Route before, Route after) {
        EngineRoute engineBefore = EngineRoute.of(before);
        EngineRoute engineAfter = EngineRoute.of(after);
        boolean engineChange = !engineBefore.equals(engineAfter);
        if (engineChange) {
            driver.validateRoute(engineAfter);
            driver.updateRoute(app.engineName(), engineBefore, engineAfter);
        }
        boolean written;
        try {
            written = routes.update(after, before.updatedAt());
        } catch (RuntimeException e) {
            if (engineChange) {
                Compensation.attempt("restore engine route " + before.path(),
                        () -> driver.updateRoute(app.engineName(), engineAfter, engineBefore));
            }
            throw e;
        }
        if (!written && engineChange) {
            // The row that won is the truth; a deleted route is gone from the engine too.
            Compensation.attempt("restore engine route " + before.path(),
                    () -> routes.findActive(app.id(), before.path()).ifPresent(won ->
                            driver.updateRoute(app.engineName(), engineAfter,
                                    EngineRoute.of(won))));
        }
        return written;
    }

    public void delete(LaosPrincipal caller, String projectId, String appName, String rawPath) {
        policy.enforce(PolicyRules.ROUTES_DELETE, caller, projectId);
        App app = findApp(projectId, appName);
        deleteUnit(app, find(app, rawPath));
    }

    /**
     * Deletes one route as a unit: marked {@code deleting}, removed from the engine, then from
     * the database. If the engine refuses, the route is active again and nothing changed.
     */
    void deleteUnit(App app, Route route) {
        if (!routes.changeState(route.id(), route.state(), ResourceState.DELETING)) {
            throw notFound(route.path(), app.name());
        }
        try {
            driver.deleteRoute(app.engineName(), route.path());
        } catch (RuntimeException e) {
            ResourceState back = route.state() == ResourceState.DELETING ? ResourceState.ACTIVE
                    : route.state();
            Compensation.attempt("reactivate route " + route.id(),
                    () -> routes.changeState(route.id(), ResourceState.DELETING, back));
            throw e;
        }
        routes.delete(route.id());
    }

    private App findApp(String projectId, String appName) {
        return apps.findActive(projectId, appName)
                .orElseThrow(() -> LaosException.notFound("App '" + appName + "' not found"));
    }

    private Route find(App app, String rawPath) {
        String path = RoutePaths.normalise("route", rawPath);
        return routes.findActive(app.id(), path)
                .orElseThrow(() -> notFound(path, app.name()));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static LaosException notFound(String path, String appName) {
        return LaosException.notFound("Route '" + path + "' not found in app '" + appName + "'");
    }

    private static LaosException alreadyExists(String path, String appName) {
        return LaosException.conflict("Route '" + path + "' already exists in app '" + appName
                + "'");
    }
}
