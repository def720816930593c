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

import io.laos.api.auth.LaosPrincipal;
import io.laos.api.policy.PolicyEnforcer;
import io.laos.api.policy.PolicyRules;
import io.laos.common.driver.EngineApp;
import io.laos.common.driver.FunctionsDriver;
import io.laos.common.error.LaosException;
import io.laos.common.model.App;
import io.laos.common.model.Page;
import io.laos.common.model.ResourceState;
import io.laos.common.model.Route;
import io.laos.common.validation.AppRequests;
import io.laos.common.validation.ConfigValidator;
import io.laos.db.DbErrors;
import io.laos.db.dao.AppDao;
import io.laos.db.dao.RouteDao;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Apps: policy, the database as the source of truth, and the engine kept in step.
 *
 * <p>Writes follow one protocol: record intent in the database (a row in state
 * {@code creating} or {@code deleting}), call the engine, then settle the row; on failure undo
 * what was done. A crash in between leaves a row that is not {@code active}, which tenants never
 * see and {@code reconcile} repairs.
 */
public class AppService {
    private static final int ENGINE_NAME_ATTEMPTS = 3;

    private final AppDao apps;
    private final RouteDao routes;
    private final RouteService routeService;
    private final FunctionsDriver driver;
    private final PolicyEnforcer policy;
    private final Clock clock;

    public AppService(AppDao apps, RouteDao routes, RouteService routeService,
                      FunctionsDriver driver, PolicyEnforcer policy, Clock clock) {
        this.apps = apps;
        this.routes = routes;
        this.routeService = routeService;
        this.driver = driver;
        this.policy = policy;
        this.clock = clock;
    }

    public App create(LaosPrincipal caller, String projectId, AppRequests.Create request) {
        policy.enforce(PolicyRules.APPS_CREATE, caller, projectId);
        Instant now = now();
        App app = insertCreating(projectId, request, now);
        try {
            driver.createApp(new EngineApp(app.engineName(), app.config()));
        } catch (RuntimeException e) {
            Compensation.attempt("remove app row " + app.id(), () -> apps.delete(app.id()));
            throw e;
        }
        try {
            if (!apps.changeState(app.id(), ResourceState.CREATING, ResourceState.ACTIVE)) {
                throw new IllegalStateException("app row " + app.id() + " vanished");
            }
        } catch (RuntimeException e) {
            Compensation.attempt("remove engine app " + app.engineName(),
                    () -> driver.deleteApp(app.engineName()));
            Compensation.attempt("remove app row " + app.id(), () -> apps.delete(app.id()));
            throw e;
        }
        return app.withState(ResourceState.ACTIVE);
    }

    /**
     * Inserts the row that reserves the name. The unique key (project, name) makes concurrent
     * creates of one name give exactly one winner; the others get 409 and never reach the engine.
     */
    private App insertCreating(String projectId, AppRequests.Create request, Instant now) {
        if (apps.findByName(projectId, request.name()).isPresent()) {
            throw alreadyExists(request.name());
        }
        for (int attempt = 1; ; attempt++) {
            App app = new App(UUID.randomUUID().toString(), projectId, request.name(),
                    request.description(), request.config(), EngineNames.generate(request.name()),
                    ResourceState.CREATING, now, now);
            try {
                apps.insert(app);
                return app;
            } catch (RuntimeException e) {
                if (!DbErrors.isConstraintViolation(e)) {
                    throw e;
                }
                if (apps.findByName(projectId, request.name()).isPresent()) {
                    throw alreadyExists(request.name());
                }
                if (attempt == ENGINE_NAME_ATTEMPTS) {
                    throw e; // not the name, not the engine name: let the operator see it
                }
            }
        }
    }

    public Page<App> list(LaosPrincipal caller, String projectId, String marker, int limit) {
        policy.enforce(PolicyRules.APPS_LIST, caller, projectId);
        return Pagination.page(apps.listActive(projectId, marker, limit + 1), limit, App::name);
    }

    public App get(LaosPrincipal caller, String projectId, String name) {
        policy.enforce(PolicyRules.APPS_GET, caller, projectId);
        return find(projectId, name);
    }

    /** Loads an active app or answers 404 (also used by routes and runs). */
    App find(String projectId, String name) {
        return apps.findActive(projectId, name)
                .orElseThrow(() -> LaosException.notFound("App '" + name + "' not found"));
    }

    /**
     * Updates an app. Concurrent updates of one app must not lose each other's changes (two
     * PATCHes adding different config keys must both count), so the row is written only if
     * nobody changed it since it was read; a request that loses the race puts the engine back
     * to the winner's state and starts again from the new row.
     */
    public App update(LaosPrincipal caller, String projectId, String name,
                      AppRequests.Update request) {
        policy.enforce(PolicyRules.APPS_UPDATE, caller, projectId);
        for (int attempt = 1; ; attempt++) {
            App before = find(projectId, name);
            Map<String, String> config = request.configPatch() == null ? before.config()
                    : ConfigValidator.merge("config", before.config(), request.configPatch());
            String description = request.description() == null ? before.description()
                    : request.description();
            App after = new App(before.id(), projectId, name, description, config,
                    before.engineName(), ResourceState.ACTIVE, before.createdAt(),
                    Updates.after(now(), before.updatedAt()));
            if (tryUpdate(before, after)) {
                return after;
            }
            if (attempt == Updates.ATTEMPTS) {
                throw LaosException.conflict("App '" + name + "' is being changed by other"
                        + " requests; try again");
            }
        }
    }

    /**
     * One attempt: the engine, then the row if it is still as read. False when another request
     * changed (or deleted) the app in between; the engine then holds what the database holds.
     */
    private boolean tryUpdate(App before, App after) {
        EngineApp engineBefore = new EngineApp(before.engineName(), before.config());
        EngineApp engineAfter = new EngineApp(after.engineName(), after.config());
        boolean engineChange = !engineBefore.equals(engineAfter);
        if (engineChange) {
            driver.updateApp(engineBefore, engineAfter);
        }
        boolean written;
        try {
            written = apps.update(after, before.updatedAt());
        } catch (RuntimeException e) {
            if (engineChange) {
                Compensation.attempt("restore engine app " + before.engineName(),
                        () -> driver.updateApp(engineAfter, engineBefore));
            }
            throw e;
        }
        if (!written && engineChange) {
            // The row that won is the truth; a deleted app takes its engine app with it.
            Compensation.attempt("restore engine app " + before.engineName(),
                    () -> apps.findActive(before.projectId(), before.name()).ifPresent(won ->
                            driver.updateApp(engineAfter,
                                    new EngineApp(won.engineName(), won.config()))));
        }
        return written;
    }

    /**
     * Deletes an app. With routes it answers 409 unless {@code cascade} asks to delete them too;
     * each route then goes as one unit (engine, then row), so a failure half-way leaves the
     * database and the engine agreeing on what is left.
     */
    public void delete(LaosPrincipal caller, String projectId, String name, boolean cascade) {
        policy.enforce(PolicyRules.APPS_DELETE, caller, projectId);
        App app = find(projectId, name);
        // Refused before the app is marked: a refused delete must neither hide the app for a
        // moment nor, should putting it back fail, leave a row that reconcile would delete.
        // The check after marking catches a route created in between.
        int routeCount = cascade ? 0 : routes.countByApp(app.id());
        if (routeCount > 0) {
            throw stillHasRoutes(name, routeCount);
        }
        if (!apps.changeState(app.id(), ResourceState.ACTIVE, ResourceState.DELETING)) {
            throw LaosException.notFound("App '" + name + "' not found");
        }
        try {
            List<Route> appRoutes = routes.listAll(app.id());
            if (!appRoutes.isEmpty() && !cascade) {
                throw stillHasRoutes(name, appRoutes.size());
            }
            for (Route route : appRoutes) {
                routeService.deleteUnit(app, route);
            }
            driver.deleteApp(app.engineName());
        } catch (RuntimeException e) {
            Compensation.attempt("reactivate app " + app.id(),
                    () -> apps.changeState(app.id(), ResourceState.DELETING,
                            ResourceState.ACTIVE));
            throw e;
        }
        apps.delete(app.id());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static LaosException stillHasRoutes(String name, int count) {
        return LaosException.conflict("App '" + name + "' still has " + count
                + " route(s); delete them first, or delete with ?cascade=true");
    }

    private static LaosException alreadyExists(String name) {
        return LaosException.conflict("App '" + name + "' already exists in this project");
    }
}
