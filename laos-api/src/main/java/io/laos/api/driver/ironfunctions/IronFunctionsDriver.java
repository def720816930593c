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

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.laos.common.driver.EngineApp;
import io.laos.common.driver.EngineRoute;
import io.laos.common.driver.FunctionsDriver;
import io.laos.common.driver.InvocationRequest;
import io.laos.common.driver.InvocationResult;
import io.dropwizard.client.HttpClientConfiguration;
import jakarta.ws.rs.client.Client;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/**
 * The IronFunctions engine, spoken to over its v1 HTTP API as it really behaves (see
 * {@code ironfunctions/API.md}): creates answer 200, invalid app names 500, deletes of missing
 * objects depend on the datastore, and PATCH merges rather than replaces.
 *
 * <p><b>Every route is registered as {@code "type":"sync"}</b>, whatever
 * {@link EngineRoute#type()} says. LaOS runs async calls itself (it answers 202 with its own call
 * id and invokes the engine synchronously in the background) because IronFunctions' async mode
 * is unusable behind a gateway: it ignores the route's timeout (always 30 s), its call ids are
 * not unique, and there is no way to ask for a call's status or result (API.md 5.4, 5.5). Routes
 * listed by {@link #listRoutes} still show the type the engine stored.
 *
 * <p>Engine failures are translated in {@link EngineErrors}; creates adopt an object the engine
 * already has under the same name (left by an earlier attempt whose answer was lost) by bringing
 * it to the wanted state, since engine app names are LaOS's own and unique. A management call
 * other than PATCH is tried once more when a pooled connection turns out to be closed by the
 * engine; a run never is, since a repeated POST could run the function twice.
 */
public class IronFunctionsDriver implements FunctionsDriver {
    private final EngineHttp http;
    private final FunctionRuns runs;

    /**
     * @param client        a Jersey client on a pooled Apache connection, for management calls
     * @param runClient     the HTTP client that carries runs ({@link RunClientBuilder})
     * @param runSettings   the settings {@code runClient} was built with
     * @param url           the engine's root URL
     * @param jwtAuthKey    the engine's {@code JWT_AUTH_KEY}, or null/blank when it has none
     * @param timeoutMargin added to a route's timeout to get the read timeout of its runs
     */
    IronFunctionsDriver(Client client, CloseableHttpClient runClient,
                        HttpClientConfiguration runSettings, URI url, String jwtAuthKey,
                        Duration timeoutMargin) {
        this.http = new EngineHttp(client, url, jwtAuthKey, Clock.systemUTC());
        this.runs = new FunctionRuns(runClient, url, http.engine(), timeoutMargin, runSettings);
    }

    @Override
    public void createApp(EngineApp app) {
        EngineAnswer answer = http.call(Operation.CREATE_APP, "POST", "/v1/apps",
                EngineJson.appCreate(app));
        if (answer.status() == 200) {
            read(Operation.CREATE_APP, answer, body -> {
                EngineJson.requireMember(body, "app");
                return null;
            });
        } else if (answer.status() == 409 && EngineErrors.isApiError(answer.body())) {
            EngineApp existing = getApp(Operation.CREATE_APP, app.name());
            patchApp(Operation.CREATE_APP, app.name(), existing.config(), app.config());
        } else {
            throw EngineErrors.unexpected(Operation.CREATE_APP, http.engine(), answer);
        }
    }

    @Override
    public void updateApp(EngineApp before, EngineApp after) {
        patchApp(Operation.UPDATE_APP, after.name(), before.config(), after.config());
    }

    @Override
    public void deleteApp(String engineAppName) {
        String path = EngineHttp.appPath(engineAppName);
        EngineAnswer answer = http.call(Operation.DELETE_APP, "DELETE", path, null);
        if (answer.status() == 200 || isMissing(answer)) {
            return;
        }
        // bolt answers 500 "bucket not found" for an app it does not have (API.md 8): a 500 is
        // success when the app is gone, and the engine's failure otherwise.
        if (answer.status() == 500 && isGone(Operation.DELETE_APP, path)) {
            return;
        }
        throw EngineErrors.unexpected(Operation.DELETE_APP, http.engine(), answer);
    }

    @Override
    public void createRoute(String engineAppName, EngineRoute route) {
        EngineAnswer answer = http.call(Operation.CREATE_ROUTE, "POST",
                EngineHttp.appPath(engineAppName) + "/routes", EngineJson.routeCreate(route));
        if (answer.status() == 200) {
            read(Operation.CREATE_ROUTE, answer, body -> {
                EngineJson.requireMember(body, "route");
                return null;
            });
        } else if (answer.status() == 409 && EngineErrors.isApiError(answer.body())) {
            EngineRoute existing = getRoute(Operation.CREATE_ROUTE, engineAppName, route.path());
            patchRoute(Operation.CREATE_ROUTE, engineAppName, existing, route);
        } else {
            throw EngineErrors.unexpected(Operation.CREATE_ROUTE, http.engine(), answer);
        }
    }

    @Override
    public void updateRoute(String engineAppName, EngineRoute before, EngineRoute after) {
        patchRoute(Operation.UPDATE_ROUTE, engineAppName, before, after);
    }

    @Override
    public void deleteRoute(String engineAppName, String path) {
        String url = EngineHttp.routePath(engineAppName, path);
        EngineAnswer answer = http.call(Operation.DELETE_ROUTE, "DELETE", url, null);
        if (answer.status() == 200 || isMissing(answer)) {
            return;
        }
        // SQL and Redis stores answer 500 "Could not remove route from datastore" for a route
        // they do not have (API.md 8); bolt answers 200.
        if (answer.status() == 500 && isGone(Operation.DELETE_ROUTE, url)) {
            return;
        }
        throw EngineErrors.unexpected(Operation.DELETE_ROUTE, http.engine(), answer);
    }

    @Override
    public List<EngineApp> listApps() {
        EngineAnswer answer = http.call(Operation.LIST_APPS, "GET", "/v1/apps", null);
        if (answer.status() != 200) {
            throw EngineErrors.unexpected(Operation.LIST_APPS, http.engine(), answer);
        }
        return read(Operation.LIST_APPS, answer, EngineJson::apps);
    }

    @Override
    public List<EngineRoute> listRoutes(String engineAppName) {
        EngineAnswer answer = http.call(Operation.LIST_ROUTES, "GET",
                EngineHttp.appPath(engineAppName) + "/routes", null);
        if (answer.status() == 200) {
            return read(Operation.LIST_ROUTES, answer, EngineJson::routes);
        }
        // IronFunctions answers 200 [] for an unknown app; swagger.yml promises 404.
        if (isMissing(answer)) {
            return List.of();
        }
        throw EngineErrors.unexpected(Operation.LIST_ROUTES, http.engine(), answer);
    }

    @Override
    public InvocationResult invoke(InvocationRequest request) {
        return runs.invoke(request);
    }

    @Override
    public void checkHealth() {
        EngineAnswer answer = http.call(Operation.HEALTH, "GET", "/version", null);
        if (answer.status() != 200) {
            throw EngineErrors.unexpected(Operation.HEALTH, http.engine(), answer);
        }
        read(Operation.HEALTH, answer, body -> {
            EngineJson.requireText(body, "version");
            return null;
        });
    }

    @Override
    public void close() {
        try {
            http.client().close();
        } catch (RuntimeException e) {
            // Shutting down: the pool itself is closed by Dropwizard's lifecycle.
        }
    }

    private void patchApp(Operation op, String name, Map<String, String> before,
                          Map<String, String> after) {
        Map<String, String> config = RoutePatches.configPatch(before, after);
        if (config.isEmpty()) {
            return;
        }
        EngineAnswer answer = http.call(op, "PATCH", EngineHttp.appPath(name),
                EngineJson.appPatch(config));
        check(op, answer);
    }

    private void patchRoute(Operation op, String app, EngineRoute before, EngineRoute after) {
        String url = EngineHttp.routePath(app, before.path());
        for (ObjectNode patch : RoutePatches.plan(before, after)) {
            check(op, http.call(op, "PATCH", url, EngineJson.routeEnvelope(patch)));
        }
    }

    /** A PATCH: 200 is done, an API 404 means drift, anything else is the engine's failure. */
    private void check(Operation op, EngineAnswer answer) {
        if (answer.status() == 200) {
            return;
        }
        if (isMissing(answer)) {
            throw EngineErrors.notFound(op, http.engine(), answer);
        }
        throw EngineErrors.unexpected(op, http.engine(), answer);
    }

    private EngineApp getApp(Operation op, String name) {
        EngineAnswer answer = http.call(op, "GET", EngineHttp.appPath(name), null);
        if (answer.status() != 200) {
            throw EngineErrors.unexpected(op, http.engine(), answer);
        }
        return read(op, answer, EngineJson::app);
    }

    private EngineRoute getRoute(Operation op, String app, String path) {
        EngineAnswer answer = http.call(op, "GET", EngineHttp.routePath(app, path), null);
        if (answer.status() != 200) {
            throw EngineErrors.unexpected(op, http.engine(), answer);
        }
        return read(op, answer, EngineJson::route);
    }

    /** After a delete answered 500: does the engine still have the object? */
    private boolean isGone(Operation op, String url) {
        EngineAnswer answer = http.call(op, "GET", url, null);
        return isMissing(answer);
    }

    /** A 404 with IronFunctions' error object, not the bare "Not Found" of an unknown path. */
    private static boolean isMissing(EngineAnswer answer) {
        return answer.status() == 404 && EngineErrors.isApiError(answer.body());
    }

    private <T> T read(Operation op, EngineAnswer answer, Function<String, T> reader) {
        try {
            return reader.apply(answer.body());
        } catch (EngineJson.Unreadable e) {
            throw EngineErrors.unparsable(op, http.engine(), answer, e.getMessage());
        }
    }

    /** For tests and logs: which engine this driver talks to (never the key). */
    @Override
    public String toString() {
        return "IronFunctionsDriver[" + http.engine() + "]";
    }
}
