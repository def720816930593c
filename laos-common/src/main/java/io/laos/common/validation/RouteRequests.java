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
package io.laos.common.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.laos.common.error.LaosException;
import io.laos.common.model.RouteFormat;
import io.laos.common.model.RouteSettings;
import io.laos.common.model.RouteType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses and validates route create and update bodies. Defaults follow IronFunctions (memory
 * 128, timeout 30, max_concurrency 1, type sync, format default) except idle_timeout, whose
 * default is 30 as IronFunctions documents (its server stores 0). A 0 or null number means the
 * default, on create and on update alike.
 */
public final class RouteRequests {
    private static final Set<String> SETTABLE = Set.of("path", "image", "type", "format",
            "memory", "timeout", "idle_timeout", "max_concurrency", "headers", "config",
            "is_public");
    private static final Set<String> READ_ONLY = Set.of("id", "app_name", "app_id", "project_id",
            "created_at", "updated_at");
    private static final Pattern IMAGE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/:@+-]*");
    private static final Pattern HEADER_NAME = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~-]+");

    /** A validated create request. */
    public record Create(String path, RouteSettings settings) {
    }

    private RouteRequests() {
    }

    public static RouteSettings defaults(String image) {
        return new RouteSettings(image, RouteType.SYNC, RouteFormat.DEFAULT, Limits.MEMORY_DEFAULT,
                Limits.TIMEOUT_DEFAULT, Limits.IDLE_TIMEOUT_DEFAULT, Limits.MAX_CONCURRENCY_DEFAULT,
                Map.of(), Map.of(), false);
    }

    public static Create parseCreate(JsonNode body) {
        ObjectNode route = JsonFields.unwrap(body, "route");
        JsonFields.rejectUnknown(route, SETTABLE, READ_ONLY);
        String path = RoutePaths.normalise("path", JsonFields.string(route, "path"));
        String image = JsonFields.string(route, "image");
        if (image == null || image.isEmpty()) {
            throw LaosException.badRequest("image", "'image' is required");
        }
        RouteSettings settings = apply(route, defaults(checkImage(image)));
        return new Create(path, settings);
    }

    /**
     * Applies an update body to a route's current settings: absent fields stay, {@code null}
     * puts a field back to its default, config is merged ("" deletes a key), headers are
     * replaced as a whole.
     */
    public static RouteSettings parseUpdate(JsonNode body, String currentPath,
                                            RouteSettings current) {
        ObjectNode route = JsonFields.unwrap(body, "route");
        JsonFields.rejectUnknown(route, SETTABLE, READ_ONLY);
        String path = JsonFields.string(route, "path");
        if (path != null && !path.isEmpty()
                && !RoutePaths.normalise("path", path).equals(currentPath)) {
            throw LaosException.badRequest("path", "'path' is immutable");
        }
        if (route.has("image")) {
            String image = JsonFields.string(route, "image");
            if (image == null || image.isEmpty()) {
                throw LaosException.badRequest("image", "'image' cannot be removed");
            }
        }
        return apply(route, current);
    }

    /** Overlays the fields present in {@code route} on {@code base}. */
    private static RouteSettings apply(ObjectNode route, RouteSettings base) {
        String image = route.has("image") ? checkImage(JsonFields.string(route, "image"))
                : base.image();
        RouteType type = base.type();
        if (route.has("type")) {
            String t = JsonFields.string(route, "type");
            type = t == null ? RouteType.SYNC : RouteType.parse(t);
            if (type == null) {
                throw LaosException.badRequest("type", "'type' must be 'sync' or 'async'");
            }
        }
        RouteFormat format = base.format();
        if (route.has("format")) {
            String f = JsonFields.string(route, "format");
            format = f == null ? RouteFormat.DEFAULT : RouteFormat.parse(f);
            if (format == null) {
                throw LaosException.badRequest("format", "'format' must be 'default' or 'http'");
            }
        }
        long memory = route.has("memory")
                ? orDefault(JsonFields.number(route, "memory", Limits.MEMORY_MAX),
                Limits.MEMORY_DEFAULT) : base.memory();
        int timeout = route.has("timeout")
                ? (int) orDefault(JsonFields.number(route, "timeout", Limits.TIMEOUT_MAX),
                Limits.TIMEOUT_DEFAULT) : base.timeout();
        int idleTimeout = route.has("idle_timeout")
                ? (int) orDefault(JsonFields.number(route, "idle_timeout",
                Limits.IDLE_TIMEOUT_MAX), Limits.IDLE_TIMEOUT_DEFAULT) : base.idleTimeout();
        int maxConcurrency = route.has("max_concurrency")
                ? (int) orDefault(JsonFields.number(route, "max_concurrency",
                Limits.MAX_CONCURRENCY_MAX), Limits.MAX_CONCURRENCY_DEFAULT)
                : base.maxConcurrency();
        Map<String, List<String>> headers = base.headers();
        if (route.has("headers")) {
            Map<String, List<String>> h = JsonFields.stringListMap(route, "headers");
            headers = h == null ? Map.of() : checkHeaders(h);
        }
        Map<String, String> config = base.config();
        if (route.has("config")) {
            Map<String, String> patch = JsonFields.stringMap(route, "config");
            config = patch == null ? Map.of() : ConfigValidator.merge("config", config, patch);
        }
        boolean isPublic = base.isPublic();
        if (route.has("is_public")) {
            Boolean p = JsonFields.bool(route, "is_public");
            isPublic = p != null && p;
        }
        return new RouteSettings(image, type, format, memory, timeout, idleTimeout,
                maxConcurrency, headers, config, isPublic);
    }

    private static long orDefault(Long value, long dflt) {
        return value == null || value == 0 ? dflt : value;
    }

    private static String checkImage(String image) {
        if (image == null || image.length() > Limits.IMAGE_MAX
                || !IMAGE.matcher(image).matches()) {
            throw LaosException.badRequest("image", "'image' must be an image reference of at"
                    + " most " + Limits.IMAGE_MAX + " characters (letters, digits, . _ / : @ + -)");
        }
        return image;
    }

    private static Map<String, List<String>> checkHeaders(Map<String, List<String>> headers) {
        if (headers.size() > Limits.HEADERS_MAX) {
            throw LaosException.badRequest("headers",
                    "'headers' may hold at most " + Limits.HEADERS_MAX + " names");
        }
        headers.forEach((name, values) -> {
            if (!HEADER_NAME.matcher(name).matches()) {
                throw LaosException.badRequest("headers",
                        "'headers' name '" + name + "' is not a valid HTTP header name");
            }
            if (values.isEmpty()) {
                throw LaosException.badRequest("headers",
                        "'headers." + name + "' must hold at least one value");
            }
            for (String v : values) {
                if (v.length() > Limits.HEADER_VALUE_MAX || v.chars().anyMatch(
                        c -> c == '\r' || c == '\n' || c == 0)) {
                    throw LaosException.badRequest("headers", "'headers." + name
                            + "' values must be single lines of at most "
                            + Limits.HEADER_VALUE_MAX + " characters");
                }
            }
        });
        return headers;
    }
}
