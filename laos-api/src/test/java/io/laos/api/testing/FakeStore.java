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
package io.laos.api.testing;

import io.laos.api.testing.FakeHttp.ApiError;
import io.laos.api.testing.FakeIronFunctions.Datastore;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fake's datastore: apps and routes, with IronFunctions' model rules (name validation,
 * merges) and the datastore-dependent answers of API.md 8. Every method is atomic.
 */
final class FakeStore {
    /**
     * A PATCH body: zero values ("" and 0) mean "unchanged", as in Go's {@code Route.Update}.
     */
    record RouteUpdate(String image, long memory, Map<String, List<String>> headers, String type,
                       String format, int maxConcurrency, int timeout, int idleTimeout,
                       Map<String, String> config, String jwtKey) {
    }

    private final Datastore datastore;
    private final TreeMap<String, FakeApp> apps = new TreeMap<>();
    private final Map<String, TreeMap<String, FakeRoute>> routes = new HashMap<>();

    FakeStore(Datastore datastore) {
        this.datastore = datastore;
    }

    synchronized List<FakeApp> apps() {
        return new ArrayList<>(apps.values());
    }

    synchronized FakeApp app(String name) {
        FakeApp app = apps.get(name);
        if (app == null) {
            throw new ApiError(404, "App not found");
        }
        return app;
    }

    /** POST /v1/apps: invalid names are a 500 with the validation prefix (API.md 4.1). */
    synchronized FakeApp createApp(String name, Map<String, String> config) {
        String invalid = invalidAppName(name);
        if (invalid != null) {
            throw new ApiError(500, "validation failure list:\n" + invalid);
        }
        if (apps.containsKey(name)) {
            throw new ApiError(409, "App already exists");
        }
        FakeApp app = new FakeApp(name, config);
        apps.put(name, app);
        return app;
    }

    synchronized FakeApp updateApp(String name, Map<String, String> configPatch) {
        FakeApp app = app(name);
        Map<String, String> config = app.config();
        if (configPatch != null) {
            Map<String, String> merged = config == null ? new TreeMap<>() : new TreeMap<>(config);
            configPatch.forEach((k, v) -> {
                if (v.isEmpty()) {
                    merged.remove(k);
                } else {
                    merged.put(k, v);
                }
            });
            config = merged;
        }
        FakeApp updated = new FakeApp(name, config);
        apps.put(name, updated);
        return updated;
    }

    synchronized void deleteApp(String name) {
        if (!routesOf(name).isEmpty()) {
            throw new ApiError(400, "Cannot remove apps with routes");
        }
        if (apps.remove(name) == null && datastore == Datastore.BOLT) {
            throw new ApiError(500, "bucket not found");
        }
        routes.remove(name);
    }

    /** bolt lists routes in reverse path order; an unknown app simply has none. */
    synchronized List<FakeRoute> routes(String app, String image) {
        List<FakeRoute> list = new ArrayList<>(routesOf(app).values());
        list.sort(Comparator.comparing(FakeRoute::path).reversed());
        if (image != null && !image.isEmpty()) {
            list.removeIf(r -> !r.image().equals(image));
        }
        return list;
    }

    synchronized FakeRoute route(String app, String path) {
        if (!apps.containsKey(app)) {
            throw new ApiError(404, datastore == Datastore.BOLT ? "App not found"
                    : "Route not found");
        }
        FakeRoute route = routesOf(app).get(path);
        if (route == null) {
            throw new ApiError(404, "Route not found");
        }
        return route;
    }

    /** POST route: creates a missing app implicitly (500 without prefix for a bad name). */
    synchronized FakeRoute createRoute(FakeRoute route) {
        if (!apps.containsKey(route.appName())) {
            String invalid = invalidAppName(route.appName());
            if (invalid != null) {
                throw new ApiError(500, invalid);
            }
            apps.put(route.appName(), new FakeApp(route.appName(), null));
        }
        TreeMap<String, FakeRoute> appRoutes = routes.computeIfAbsent(route.appName(),
                k -> new TreeMap<>());
        if (appRoutes.containsKey(route.path())) {
            throw new ApiError(409, "Route already exists");
        }
        appRoutes.put(route.path(), route);
        return route;
    }

    /** Go's {@code Route.Update}: non-zero scalars replace, config merges, headers append. */
    synchronized FakeRoute updateRoute(String app, String path, RouteUpdate u) {
        FakeRoute r = route(app, path);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        r.headers().forEach((k, v) -> headers.put(k, new ArrayList<>(v)));
        if (u.headers() != null) {
            // Header.Add and Header.Del canonicalise the name; create stored it verbatim.
            u.headers().forEach((k, v) -> {
                String key = FakeHttp.canonicalKey(k);
                if (v.isEmpty()) {
                    headers.remove(key);
                } else {
                    headers.computeIfAbsent(key, x -> new ArrayList<>()).addAll(v);
                }
            });
        }
        Map<String, String> config = new TreeMap<>(r.config());
        if (u.config() != null) {
            u.config().forEach((k, v) -> {
                if (v.isEmpty()) {
                    config.remove(k);
                } else {
                    config.put(k, v);
                }
            });
        }
        FakeRoute updated = new FakeRoute(app, r.path(), or(u.image(), r.image()),
                u.memory() != 0 ? u.memory() : r.memory(), headers, or(u.type(), r.type()),
                or(u.format(), r.format()),
                u.maxConcurrency() != 0 ? u.maxConcurrency() : r.maxConcurrency(),
                u.timeout() != 0 ? u.timeout() : r.timeout(),
                u.idleTimeout() != 0 ? u.idleTimeout() : r.idleTimeout(), config,
                or(u.jwtKey(), r.jwtKey()));
        routes.get(app).put(r.path(), updated);
        return updated;
    }

    synchronized void deleteRoute(String app, String path) {
        boolean exists = apps.containsKey(app) && routesOf(app).containsKey(path);
        if (datastore == Datastore.SQL) {
            if (!exists) {
                throw new ApiError(500, "Could not remove route from datastore");
            }
        } else if (!apps.containsKey(app)) {
            throw new ApiError(404, "App not found");
        }
        if (exists) {
            routes.get(app).remove(path);
        }
    }

    /** Test seeding: stores the app as given, no validation. */
    synchronized void putApp(FakeApp app) {
        apps.put(app.name(), app);
    }

    /** Test seeding: stores the route (and its app) as given, no validation. */
    synchronized void putRoute(FakeRoute route) {
        apps.putIfAbsent(route.appName(), new FakeApp(route.appName(), null));
        routes.computeIfAbsent(route.appName(), k -> new TreeMap<>()).put(route.path(), route);
    }

    synchronized Map<String, FakeRoute> routesSnapshot(String app) {
        return new TreeMap<>(routesOf(app));
    }

    private Map<String, FakeRoute> routesOf(String app) {
        return routes.getOrDefault(app, new TreeMap<>());
    }

    /**
     * API.md 3.1, bug included: the upper-case test is inverted, so of the upper-case letters
     * only 'Z' passes, along with {@code [ \ ] ^ `} and everything above 'z'.
     */
    static String invalidAppName(String name) {
        if (name.isEmpty()) {
            return "Missing app name";
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > 30) {
            return "App name must be 30 characters or less";
        }
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            // 'Z'..'`' is Z [ \ ] ^ _ ` ; c >= 'a' is a-z and everything above.
            boolean ok = c >= '0' && c <= '9' || c == '-' || c >= 'Z' && c <= '`' || c >= 'a';
            if (!ok) {
                return "Invalid app name";
            }
        }
        return null;
    }

    private static String or(String value, String fallback) {
        return value == null || value.isEmpty() ? fallback : value;
    }
}
