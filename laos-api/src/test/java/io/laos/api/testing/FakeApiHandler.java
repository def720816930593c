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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.laos.api.testing.FakeHttp.ApiError;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code /v1/apps...}: the management API with IronFunctions' statuses, messages and order of
 * checks (API.md 4). Paths arrive decoded; {@link #handle} answers or returns false for a path
 * the server does not register.
 */
final class FakeApiHandler {
    private static final String VFL = "validation failure list:\n";

    private final FakeStore store;

    FakeApiHandler(FakeStore store) {
        this.store = store;
    }

    /** True when method and path are a registered v1 endpoint (JWT applies only to these). */
    static boolean isRegistered(String method, String path) {
        List<String> parts = segments(path);
        if (parts.size() < 2 || !parts.get(0).equals("v1") || !parts.get(1).equals("apps")) {
            return false;
        }
        if (parts.size() == 2) {
            return method.equals("GET") || method.equals("POST");
        }
        if (parts.size() == 3) {
            return method.equals("GET") || method.equals("PATCH") || method.equals("DELETE");
        }
        if (!parts.get(3).equals("routes")) {
            return false;
        }
        if (parts.size() == 4 && !path.endsWith("/")) {
            return method.equals("GET") || method.equals("POST");
        }
        return method.equals("GET") || method.equals("PATCH") || method.equals("DELETE");
    }

    void handle(HttpExchange ex, String method, String path, byte[] body) throws IOException {
        List<String> parts = segments(path);
        try {
            if (parts.size() == 2) {
                if (method.equals("GET")) {
                    listApps(ex);
                } else {
                    createApp(ex, body);
                }
            } else if (parts.size() == 3) {
                String app = parts.get(2);
                switch (method) {
                    case "GET" -> FakeHttp.sendJson(ex, 200, FakeHttp.message(
                            "Successfully loaded app").set("app", store.app(app).toJson()));
                    case "PATCH" -> updateApp(ex, app, body);
                    default -> {
                        store.deleteApp(app);
                        FakeHttp.sendJson(ex, 200, FakeHttp.message("App deleted"));
                    }
                }
            } else if (parts.size() == 4 && !path.endsWith("/")) {
                if (method.equals("GET")) {
                    listRoutes(ex, parts.get(2));
                } else {
                    createRoute(ex, parts.get(2), body);
                }
            } else {
                String app = parts.get(2);
                String route = clean(path.substring(path.indexOf("/routes") + "/routes".length()));
                switch (method) {
                    case "GET" -> FakeHttp.sendJson(ex, 200, FakeHttp.message(
                            "Successfully loaded route").set("route",
                            store.route(app, route).toJson()));
                    case "PATCH" -> updateRoute(ex, app, route, body);
                    default -> {
                        store.deleteRoute(app, route);
                        FakeHttp.sendJson(ex, 200, FakeHttp.message("Route deleted"));
                    }
                }
            }
        } catch (FakeHttp.InvalidJson e) {
            FakeHttp.sendInvalidJson(ex);
        } catch (ApiError e) {
            FakeHttp.sendError(ex, e.status, e.getMessage());
        }
    }

    private void listApps(HttpExchange ex) throws IOException {
        ObjectNode answer = FakeHttp.message("Successfully listed applications");
        ArrayNode list = answer.putArray("apps");
        store.apps().forEach(app -> list.add(app.toJson()));
        FakeHttp.sendJson(ex, 200, answer);
    }

    private void createApp(HttpExchange ex, byte[] body) throws IOException {
        JsonNode app = FakeHttp.member(FakeHttp.decode(body), "app");
        if (app == null) {
            throw new ApiError(400, "Missing new application");
        }
        FakeApp created = store.createApp(FakeHttp.string(app, "name"),
                FakeHttp.stringMap(app, "config"));
        FakeHttp.sendJson(ex, 200, FakeHttp.message("App successfully created")
                .set("app", created.toJson()));
    }

    private void updateApp(HttpExchange ex, String name, byte[] body) throws IOException {
        JsonNode app = FakeHttp.member(FakeHttp.decode(body), "app");
        if (app == null) {
            throw new ApiError(400, "Missing new application");
        }
        if (!FakeHttp.string(app, "name").isEmpty()) {
            throw new ApiError(400, "Could not update app - name is immutable");
        }
        FakeApp updated = store.updateApp(name, FakeHttp.stringMap(app, "config"));
        FakeHttp.sendJson(ex, 200, FakeHttp.message("App successfully updated")
                .set("app", updated.toJson()));
    }

    private void listRoutes(HttpExchange ex, String app) throws IOException {
        String image = queryParam(ex.getRequestURI().getRawQuery(), "image");
        ObjectNode answer = FakeHttp.message("Sucessfully listed routes");
        ArrayNode list = answer.putArray("routes");
        store.routes(app, image).forEach(route -> list.add(route.toJson()));
        FakeHttp.sendJson(ex, 200, answer);
    }

    private void createRoute(HttpExchange ex, String app, byte[] body) throws IOException {
        JsonNode r = FakeHttp.member(FakeHttp.decode(body), "route");
        if (r == null) {
            throw new ApiError(400, "Missing new route");
        }
        // SetDefaults, then Validate(false) (api/server/routes_create.go).
        FakeRoute route = new FakeRoute(app, FakeHttp.string(r, "path"),
                FakeHttp.string(r, "image"), orDefault(FakeHttp.unsigned(r, "memory"), 128),
                orEmpty(FakeHttp.headerMap(r, "headers")), orDefault(FakeHttp.string(r, "type"),
                "sync"), orDefault(FakeHttp.string(r, "format"), "default"),
                (int) orDefault(FakeHttp.int32(r, "max_concurrency"), 1),
                (int) orDefault(FakeHttp.int32(r, "timeout"), 30),
                FakeHttp.int32(r, "idle_timeout"), FakeHttp.stringMap(r, "config"),
                FakeHttp.string(r, "jwt_key"));
        List<String> failures = new ArrayList<>();
        if (route.image().isEmpty()) {
            failures.add("Missing route Image");
        }
        if (route.path().isEmpty()) {
            failures.add("Missing route Path");
        }
        if (route.path().contains(":")) {
            failures.add("Dynamic URL is not allowed");
        }
        if (!route.path().startsWith("/")) {
            failures.add("Invalid Path format");
        }
        validateScalars(failures, route.type(), route.format(), route.maxConcurrency(),
                route.timeout(), route.idleTimeout());
        if (!failures.isEmpty()) {
            throw new ApiError(400, VFL + VFL + String.join("\n", failures));
        }
        FakeRoute created = store.createRoute(route);
        FakeHttp.sendJson(ex, 200, FakeHttp.message("Route successfully created")
                .set("route", created.toJson()));
    }

    private void updateRoute(HttpExchange ex, String app, String path, byte[] body)
            throws IOException {
        JsonNode r = FakeHttp.member(FakeHttp.decode(body), "route");
        if (r == null) {
            throw new ApiError(400, "Missing new route");
        }
        if (!FakeHttp.string(r, "path").isEmpty()) {
            throw new ApiError(400, "Could not update route - path is immutable");
        }
        FakeStore.RouteUpdate update = new FakeStore.RouteUpdate(FakeHttp.string(r, "image"),
                FakeHttp.unsigned(r, "memory"), FakeHttp.headerMap(r, "headers"),
                FakeHttp.string(r, "type"), FakeHttp.string(r, "format"),
                FakeHttp.int32(r, "max_concurrency"), FakeHttp.int32(r, "timeout"),
                FakeHttp.int32(r, "idle_timeout"), FakeHttp.stringMap(r, "config"),
                FakeHttp.string(r, "jwt_key"));
        // Validate(true): empty fields are skipped.
        List<String> failures = new ArrayList<>();
        validateScalars(failures, orDefault(update.type(), "sync"),
                orDefault(update.format(), "default"), update.maxConcurrency(), update.timeout(),
                update.idleTimeout());
        if (!failures.isEmpty()) {
            throw new ApiError(400, VFL + VFL + String.join("\n", failures));
        }
        FakeRoute updated = store.updateRoute(app, path, update);
        FakeHttp.sendJson(ex, 200, FakeHttp.message("Route successfully updated")
                .set("route", updated.toJson()));
    }

    private static void validateScalars(List<String> failures, String type, String format,
                                        int maxConcurrency, int timeout, int idleTimeout) {
        if (!type.equals("sync") && !type.equals("async")) {
            failures.add("Invalid route Type");
        }
        if (!format.equals("default") && !format.equals("http")) {
            failures.add("Invalid route Format");
        }
        if (maxConcurrency < 0) {
            failures.add("Negative MaxConcurrency");
        }
        if (timeout < 0) {
            failures.add("Negative timeout");
        }
        if (idleTimeout < 0) {
            failures.add("Negative idle timeout");
        }
    }

    /** Go's path.Clean for the catch-all route parameter (always starts with "/"). */
    static String clean(String path) {
        List<String> out = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (!out.isEmpty()) {
                    out.remove(out.size() - 1);
                }
                continue;
            }
            out.add(segment);
        }
        return "/" + String.join("/", out);
    }

    static List<String> segments(String path) {
        List<String> parts = new ArrayList<>();
        for (String s : path.split("/")) {
            if (!s.isEmpty()) {
                parts.add(s);
            }
        }
        return parts;
    }

    static String queryParam(String rawQuery, String name) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq),
                    StandardCharsets.UTF_8);
            if (key.equals(name)) {
                return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1),
                        StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static long orDefault(long value, long fallback) {
        return value == 0 ? fallback : value;
    }

    private static String orDefault(String value, String fallback) {
        return value.isEmpty() ? fallback : value;
    }

    private static Map<String, List<String>> orEmpty(Map<String, List<String>> headers) {
        return headers == null ? Map.of() : headers;
    }
}
