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
package io.laos.api.driver.local;

import io.laos.common.driver.EngineApp;
import io.laos.common.driver.EngineRoute;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The local engine's view of apps and routes, in memory. It only serves reconcile (list apps,
 * list routes): a call carries its app and route, and LaOS's database is the truth, so the
 * view starting empty after a restart is the same drift reconcile repairs for any engine.
 */
final class LocalCatalog {
    private final Map<String, EngineApp> apps = new ConcurrentHashMap<>();
    private final Map<String, Map<String, EngineRoute>> routes = new ConcurrentHashMap<>();

    void putApp(EngineApp app) {
        apps.put(app.name(), app);
    }

    void removeApp(String app) {
        apps.remove(app);
        routes.remove(app);
    }

    void putRoute(String app, EngineRoute route) {
        routes.computeIfAbsent(app, k -> new ConcurrentHashMap<>()).put(route.path(), route);
    }

    void removeRoute(String app, String path) {
        routes.computeIfPresent(app, (k, appRoutes) -> {
            appRoutes.remove(path);
            return appRoutes;
        });
    }

    List<EngineApp> apps() {
        return new ArrayList<>(apps.values());
    }

    List<EngineRoute> routes(String app) {
        return new ArrayList<>(routes.getOrDefault(app, Map.of()).values());
    }
}
