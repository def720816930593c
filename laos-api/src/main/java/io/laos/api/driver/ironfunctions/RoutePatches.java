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

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.laos.common.driver.EngineRoute;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns "make the engine's route equal to {@code after}" into IronFunctions PATCH bodies.
 * IronFunctions' PATCH is a merge with quirks (API.md 4.2): a number can never be set back to
 * 0, a config value {@code ""} deletes the key, and a header list is <em>appended</em> to the
 * stored values, while an empty list deletes the header. So a header whose values change is
 * first cleared in one PATCH and given its new values in a second one.
 *
 * <p>One more quirk, found in the source rather than in API.md: create stores header names
 * verbatim, but PATCH adds and deletes them through Go's {@code Header.Add/Del}, which
 * canonicalise the name ({@code x-foo} becomes {@code X-Foo}). A header created as
 * {@code x-foo} could then never be deleted. The driver therefore always sends canonical names.
 */
final class RoutePatches {
    private RoutePatches() {
    }

    /**
     * The PATCH bodies (the objects inside {@code {"route": ...}}) to send in order: a clearing
     * one when some header changed, then the one with the new values. The second is always
     * there, if only to keep {@code "type":"sync"} (see {@link IronFunctionsDriver}).
     */
    static List<ObjectNode> plan(EngineRoute before, EngineRoute after) {
        List<ObjectNode> patches = new ArrayList<>(2);
        Map<String, List<String>> oldHeaders = canonical(before.headers());
        Map<String, List<String>> newHeaders = canonical(after.headers());

        TreeSet<String> changed = new TreeSet<>(oldHeaders.keySet());
        changed.addAll(newHeaders.keySet());
        changed.removeIf(name -> Objects.equals(oldHeaders.get(name), newHeaders.get(name)));
        if (!changed.isEmpty()) {
            ObjectNode clear = EngineJson.object();
            // Names that are new get cleared too: harmless, and it repairs any drifted value
            // the engine may hold for them instead of appending to it.
            ObjectNode headers = clear.putObject("headers");
            changed.forEach(name -> headers.putArray(name));
            patches.add(clear);
        }

        ObjectNode values = EngineJson.object();
        if (!Objects.equals(before.image(), after.image()) && !isEmpty(after.image())) {
            values.put("image", after.image());
        }
        putIfChanged(values, "memory", before.memory(), after.memory());
        values.put("type", "sync");
        if (after.format() != null && after.format() != before.format()) {
            values.put("format", after.format().value());
        }
        putIfChanged(values, "max_concurrency", before.maxConcurrency(), after.maxConcurrency());
        putIfChanged(values, "timeout", before.timeout(), after.timeout());
        putIfChanged(values, "idle_timeout", before.idleTimeout(), after.idleTimeout());
        ObjectNode newValues = EngineJson.object();
        changed.stream().filter(newHeaders::containsKey).forEach(name -> {
            ArrayNode list = newValues.putArray(name);
            newHeaders.get(name).forEach(list::add);
        });
        if (!newValues.isEmpty()) {
            values.set("headers", newValues);
        }
        Map<String, String> config = configPatch(before.config(), after.config());
        if (!config.isEmpty()) {
            values.set("config", EngineJson.JSON.valueToTree(config));
        }
        patches.add(values);
        return patches;
    }

    /**
     * The config merge that turns {@code before} into {@code after}: changed keys with their
     * values, removed keys with {@code ""}. A key whose new value is {@code ""} is removed too:
     * the engine cannot store an empty value through PATCH, and for the function (an
     * environment variable) empty and absent read the same.
     */
    static Map<String, String> configPatch(Map<String, String> before, Map<String, String> after) {
        Map<String, String> patch = new TreeMap<>();
        before.forEach((key, value) -> {
            if (!after.containsKey(key) || after.get(key).isEmpty()) {
                patch.put(key, "");
            }
        });
        after.forEach((key, value) -> {
            if (!value.isEmpty() && !value.equals(before.get(key))) {
                patch.put(key, value);
            }
        });
        return patch;
    }

    /**
     * Header names in Go's canonical form; names that differ only in case are merged, and
     * empty lists are dropped (a stored empty list makes every call of the route panic,
     * API.md 3.2).
     */
    static Map<String, List<String>> canonical(Map<String, List<String>> headers) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        headers.forEach((name, values) -> {
            if (values != null && !values.isEmpty()) {
                out.computeIfAbsent(canonicalName(name), k -> new ArrayList<>()).addAll(values);
            }
        });
        return out;
    }

    /**
     * Go's {@code textproto.CanonicalMIMEHeaderKey}: the first letter and every letter after a
     * "-" upper case, the others lower case; a name with a character that is not a token
     * character (or a space) is left unchanged, as Go does.
     */
    static String canonicalName(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == ' ' || !isTokenChar(c)) {
                return name;
            }
        }
        StringBuilder out = new StringBuilder(name.length());
        boolean upper = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (upper && c >= 'a' && c <= 'z') {
                c = (char) (c - ('a' - 'A'));
            } else if (!upper && c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            out.append(c);
            upper = c == '-';
        }
        return out.toString();
    }

    private static boolean isTokenChar(char c) {
        return c < 127 && c > 32 && "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0;
    }

    /**
     * A number goes into the PATCH only when it changed and is not 0: 0 would mean "unchanged"
     * to IronFunctions. LaOS applies its defaults before calling the driver, so it never asks
     * for 0; should it, the engine keeps its value (there is no way to express 0).
     */
    private static void putIfChanged(ObjectNode node, String field, long before, long after) {
        if (after != before && after > 0) {
            node.put(field, after);
        }
    }

    private static boolean isEmpty(String s) {
        return s == null || s.isEmpty();
    }
}
