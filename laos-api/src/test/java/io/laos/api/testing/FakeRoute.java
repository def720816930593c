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

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A route as the fake IronFunctions stores it (API.md 3.2). Header names are kept exactly as
 * stored: verbatim on create, canonicalised by PATCH, as the real server does.
 */
public record FakeRoute(String appName, String path, String image, long memory,
                        Map<String, List<String>> headers, String type, String format,
                        int maxConcurrency, int timeout, int idleTimeout,
                        Map<String, String> config, String jwtKey) {

    public FakeRoute {
        TreeMap<String, List<String>> h = new TreeMap<>();
        if (headers != null) {
            headers.forEach((k, v) -> h.put(k, List.copyOf(v)));
        }
        headers = Collections.unmodifiableMap(h);
        config = config == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(config));
    }

    /** A route with IronFunctions' create defaults: 128 MiB, sync, default format, 30 s. */
    public static FakeRoute of(String app, String path, String image) {
        return new FakeRoute(app, path, image, 128, Map.of(), "sync", "default", 1, 30, 0,
                Map.of(), "");
    }

    public FakeRoute withType(String newType) {
        return new FakeRoute(appName, path, image, memory, headers, newType, format,
                maxConcurrency, timeout, idleTimeout, config, jwtKey);
    }

    public FakeRoute withTimeout(int newTimeout) {
        return new FakeRoute(appName, path, image, memory, headers, type, format,
                maxConcurrency, newTimeout, idleTimeout, config, jwtKey);
    }

    public FakeRoute withHeaders(Map<String, List<String>> newHeaders) {
        return new FakeRoute(appName, path, image, memory, newHeaders, type, format,
                maxConcurrency, timeout, idleTimeout, config, jwtKey);
    }

    /** The twelve members in the server's order (Go encodes struct fields as declared). */
    ObjectNode toJson() {
        ObjectNode node = FakeHttp.JSON.createObjectNode();
        node.put("app_name", appName);
        node.put("path", path);
        node.put("image", image);
        node.put("memory", memory);
        node.set("headers", FakeHttp.JSON.valueToTree(headers));
        node.put("type", type);
        node.put("format", format);
        node.put("max_concurrency", maxConcurrency);
        node.put("timeout", timeout);
        node.put("idle_timeout", idleTimeout);
        node.set("config", FakeHttp.JSON.valueToTree(config));
        node.put("jwt_key", jwtKey);
        return node;
    }
}
