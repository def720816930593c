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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.laos.common.driver.EngineApp;
import io.laos.common.driver.EngineRoute;
import io.laos.common.model.RouteFormat;
import io.laos.common.model.RouteType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * IronFunctions' JSON: the request envelopes ({@code {"app": ...}}, {@code {"route": ...}}) and
 * the reading of its answers. Reading is strict about what LaOS relies on and lenient about the
 * rest (unknown members are ignored, {@code null} config is an empty one), and it throws
 * {@link Unreadable} for anything else so that a wrong answer never passes for a right one.
 */
final class EngineJson {
    static final ObjectMapper JSON = new ObjectMapper();

    private EngineJson() {
    }

    /** The body did not have the shape IronFunctions gives it. */
    static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message);
        }
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    static String appCreate(EngineApp app) {
        ObjectNode body = object();
        ObjectNode node = body.putObject("app");
        node.put("name", app.name());
        node.set("config", JSON.valueToTree(app.config()));
        return write(body);
    }

    static String appPatch(Map<String, String> configPatch) {
        ObjectNode body = object();
        body.putObject("app").set("config", JSON.valueToTree(configPatch));
        return write(body);
    }

    /** Every field, so that no engine default applies; the type is always sync (see driver). */
    static String routeCreate(EngineRoute route) {
        ObjectNode node = object();
        node.put("path", route.path());
        node.put("image", route.image());
        node.put("memory", route.memory());
        node.put("type", "sync");
        if (route.format() != null) {
            node.put("format", route.format().value());
        }
        node.put("max_concurrency", route.maxConcurrency());
        node.put("timeout", route.timeout());
        node.put("idle_timeout", route.idleTimeout());
        node.set("headers", JSON.valueToTree(RoutePatches.canonical(route.headers())));
        node.set("config", JSON.valueToTree(route.config()));
        return routeEnvelope(node);
    }

    static String routeEnvelope(ObjectNode route) {
        ObjectNode body = object();
        body.set("route", route);
        return write(body);
    }

    /** Checks that a create/update answer is IronFunctions' envelope around {@code member}. */
    static void requireMember(String body, String member) {
        if (!read(body).path(member).isObject()) {
            throw new Unreadable("no '" + member + "' object");
        }
    }

    /** Checks that the answer is a JSON object with a string {@code member}. */
    static void requireText(String body, String member) {
        if (!read(body).path(member).isTextual()) {
            throw new Unreadable("no '" + member + "' string");
        }
    }

    static List<EngineApp> apps(String body) {
        List<EngineApp> apps = new ArrayList<>();
        for (JsonNode app : array(read(body), "apps")) {
            apps.add(app(app));
        }
        return apps;
    }

    static EngineApp app(String body) {
        return app(read(body).path("app"));
    }

    static List<EngineRoute> routes(String body) {
        List<EngineRoute> routes = new ArrayList<>();
        for (JsonNode route : array(read(body), "routes")) {
            routes.add(route(route));
        }
        return routes;
    }

    static EngineRoute route(String body) {
        return route(read(body).path("route"));
    }

    private static EngineApp app(JsonNode app) {
        return new EngineApp(text(app, "name"), stringMap(app, "config"));
    }

    /** The engine's route as stored: {@code type} is async for routes LaOS did not make sync. */
    private static EngineRoute route(JsonNode route) {
        return new EngineRoute(text(route, "path"), text(route, "image"),
                RouteType.parse(route.path("type").asText()),
                RouteFormat.parse(route.path("format").asText()),
                number(route, "memory"), (int) number(route, "timeout"),
                (int) number(route, "idle_timeout"), (int) number(route, "max_concurrency"),
                headers(route), stringMap(route, "config"));
    }

    private static JsonNode read(String body) {
        try {
            JsonNode node = JSON.readTree(body == null ? "" : body);
            if (node == null || !node.isObject()) {
                throw new Unreadable("not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new Unreadable("not JSON: " + e.getOriginalMessage());
        }
    }

    private static ArrayNode array(JsonNode node, String member) {
        JsonNode value = node.path(member);
        if (!value.isArray()) {
            throw new Unreadable("no '" + member + "' array");
        }
        return (ArrayNode) value;
    }

    private static String text(JsonNode node, String member) {
        JsonNode value = node.path(member);
        if (!value.isTextual()) {
            throw new Unreadable("'" + member + "' is not a string");
        }
        return value.asText();
    }

    private static long number(JsonNode node, String member) {
        JsonNode value = node.path(member);
        if (!value.isIntegralNumber()) {
            throw new Unreadable("'" + member + "' is not an integer");
        }
        return value.asLong();
    }

    private static Map<String, String> stringMap(JsonNode node, String member) {
        JsonNode value = node.path(member);
        Map<String, String> map = new LinkedHashMap<>();
        if (value.isNull() || value.isMissingNode()) {
            return map;
        }
        if (!value.isObject()) {
            throw new Unreadable("'" + member + "' is not an object");
        }
        value.properties().forEach(e -> map.put(e.getKey(), e.getValue().asText()));
        return map;
    }

    private static Map<String, List<String>> headers(JsonNode route) {
        JsonNode value = route.path("headers");
        Map<String, List<String>> map = new LinkedHashMap<>();
        if (value.isNull() || value.isMissingNode()) {
            return map;
        }
        if (!value.isObject()) {
            throw new Unreadable("'headers' is not an object");
        }
        value.properties().forEach(e -> {
            List<String> values = new ArrayList<>();
            e.getValue().forEach(v -> values.add(v.asText()));
            map.put(e.getKey(), values);
        });
        return map;
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            // A tree of strings and numbers always serialises.
            throw new IllegalStateException(e);
        }
    }
}
