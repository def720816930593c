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
package io.laos.api.driver.noop;

import io.laos.common.driver.EngineApp;
import io.laos.common.driver.EngineRoute;
import io.laos.common.driver.FunctionsDriver;
import io.laos.common.driver.InvocationRequest;
import io.laos.common.driver.InvocationResult;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Apps and routes in memory; every call answers 200 with the request body echoed back. */
public class NoopDriver implements FunctionsDriver {
    private final Map<String, EngineApp> apps = new ConcurrentHashMap<>();
    private final Map<String, Map<String, EngineRoute>> routes = new ConcurrentHashMap<>();

    @Override
    public void createApp(EngineApp app) {
        apps.put(app.name(), app);
    }

    @Override
    public void updateApp(EngineApp before, EngineApp after) {
        apps.put(after.name(), after);
    }

    @Override
    public void deleteApp(String engineAppName) {
        apps.remove(engineAppName);
        routes.remove(engineAppName);
    }

    @Override
    public void createRoute(String engineAppName, EngineRoute route) {
        routes.computeIfAbsent(engineAppName, k -> new ConcurrentHashMap<>())
                .put(route.path(), route);
    }

    @Override
    public void updateRoute(String engineAppName, EngineRoute before, EngineRoute after) {
        createRoute(engineAppName, after);
    }

    @Override
    public void deleteRoute(String engineAppName, String path) {
        Map<String, EngineRoute> appRoutes = routes.get(engineAppName);
        if (appRoutes != null) {
            appRoutes.remove(path);
        }
    }

    @Override
    public List<EngineApp> listApps() {
        return new ArrayList<>(apps.values());
    }

    @Override
    public List<EngineRoute> listRoutes(String engineAppName) {
        return new ArrayList<>(routes.getOrDefault(engineAppName, Map.of()).values());
    }

    @Override
    public InvocationResult invoke(InvocationRequest request) {
        InputStream body = request.body();
        return InvocationResult.of(200,
                Map.of("Content-Type", List.of("application/octet-stream")), body, null, null);
    }

    @Override
    public void checkHealth() {
    }
}
