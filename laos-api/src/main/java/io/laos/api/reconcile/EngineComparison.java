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
package io.laos.api.reconcile;

import io.laos.common.driver.EngineRoute;
import io.laos.common.model.RouteFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares what the engine holds with what the database says, the way the engine stores it.
 * The route {@code type} is never compared: drivers register every route as sync on the engine
 * because LaOS runs async calls itself. Header names are compared case-insensitively (engines
 * canonicalise them), and an empty config value equals an absent one (engines cannot store
 * one, and a function sees no difference). Results name fields and keys, never values: config
 * values may be secrets.
 */
public final class EngineComparison {

    private EngineComparison() {
    }

    /** The config keys whose values differ, sorted. */
    public static List<String> configDifferences(Map<String, String> engine,
                                                 Map<String, String> db) {
        Map<String, String> a = nonEmpty(engine);
        Map<String, String> b = nonEmpty(db);
        TreeSet<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        keys.removeIf(k -> Objects.equals(a.get(k), b.get(k)));
        return List.copyOf(keys);
    }

    /** The API names of the route fields that differ (empty when the engine agrees). */
    public static List<String> routeDifferences(EngineRoute engine, EngineRoute db) {
        List<String> fields = new ArrayList<>();
        differs(fields, "image", engine.image(), db.image());
        differs(fields, "memory", engine.memory(), db.memory());
        differs(fields, "timeout", engine.timeout(), db.timeout());
        differs(fields, "idle_timeout", engine.idleTimeout(), db.idleTimeout());
        differs(fields, "max_concurrency", engine.maxConcurrency(), db.maxConcurrency());
        differs(fields, "format", format(engine.format()), format(db.format()));
        differs(fields, "headers", headers(engine.headers()), headers(db.headers()));
        if (!configDifferences(engine.config(), db.config()).isEmpty()) {
            fields.add("config");
        }
        return fields;
    }

    private static void differs(List<String> fields, String name, Object engine, Object db) {
        if (!Objects.equals(engine, db)) {
            fields.add(name);
        }
    }

    private static RouteFormat format(RouteFormat format) {
        return format == null ? RouteFormat.DEFAULT : format;
    }

    private static Map<String, String> nonEmpty(Map<String, String> config) {
        Map<String, String> out = new TreeMap<>();
        config.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                out.put(k, v);
            }
        });
        return out;
    }

    private static Map<String, List<String>> headers(Map<String, List<String>> headers) {
        Map<String, List<String>> out = new TreeMap<>();
        headers.forEach((name, values) -> {
            if (values != null && !values.isEmpty()) {
                out.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .addAll(values);
            }
        });
        return out;
    }
}
