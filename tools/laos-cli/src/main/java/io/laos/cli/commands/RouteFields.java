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
package io.laos.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sourceforge.argparse4j.impl.Arguments;
import net.sourceforge.argparse4j.inf.ArgumentParser;
import net.sourceforge.argparse4j.inf.MutuallyExclusiveGroup;
import net.sourceforge.argparse4j.inf.Namespace;

/** The route fields as options of {@code route create} and {@code route update}. */
final class RouteFields {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Option destination → API field, for the scalar fields. */
    private static final Map<String, String> TEXT = Map.of("image", "image", "type", "type",
            "format", "format");
    private static final Map<String, String> NUMBERS = Map.of("memory", "memory",
            "timeout", "timeout", "idle_timeout", "idle_timeout",
            "max_concurrency", "max_concurrency");

    private RouteFields() {
    }

    static void add(ArgumentParser p, boolean update) {
        p.addArgument("--image").dest("image").metavar("IMAGE").required(!update)
                .help("the function's container image");
        p.addArgument("--type").dest("type").choices("sync", "async")
                .help("sync: the caller gets the function's answer (default); async: a call id");
        p.addArgument("--format").dest("format").choices("default", "http")
                .help("how the engine talks to the function (default: default)");
        String reset = update ? "; 0 restores the default" : "";
        p.addArgument("--memory").dest("memory").metavar("MIB").type(Integer.class)
                .help("memory in MiB (default 128" + reset + ")");
        p.addArgument("--timeout").dest("timeout").metavar("SECONDS").type(Integer.class)
                .help("longest run in seconds (default 30" + reset + ")");
        p.addArgument("--idle-timeout").dest("idle_timeout").metavar("SECONDS")
                .type(Integer.class).help("idle time of a hot function (default 30" + reset
                        + ")");
        p.addArgument("--max-concurrency").dest("max_concurrency").metavar("N")
                .type(Integer.class).help("runs at once (default 1" + reset + ")");
        p.addArgument("--header").dest("header").metavar("NAME:VALUE").action(Arguments.append())
                .help("a header added to the function's answers (repeat for more)");
        p.addArgument("--config").dest("config").metavar("KEY=VALUE").action(Arguments.append())
                .help("a config value passed to the function (repeat for more)");
        if (update) {
            p.addArgument("--unset-header").dest("unset_header").metavar("NAME")
                    .action(Arguments.append()).help("remove a header (repeat for more)");
            p.addArgument("--unset-config").dest("unset_config").metavar("KEY")
                    .action(Arguments.append()).help("remove a config key (repeat for more)");
        }
        MutuallyExclusiveGroup visibility = p.addMutuallyExclusiveGroup();
        visibility.addArgument("--public").dest("is_public").action(Arguments.storeConst())
                .setConst(true).help("anyone may run the route, without a token");
        visibility.addArgument("--private").dest("is_public").action(Arguments.storeConst())
                .setConst(false).help("only the project may run it (the default)");
    }

    /** The route object of a create or update body: only the fields given. */
    static ObjectNode body(Namespace a) {
        ObjectNode route = JSON.createObjectNode();
        TEXT.forEach((dest, field) -> {
            if (a.getString(dest) != null) {
                route.put(field, a.getString(dest));
            }
        });
        NUMBERS.forEach((dest, field) -> {
            if (a.getInt(dest) != null) {
                route.put(field, a.getInt(dest));
            }
        });
        Boolean isPublic = a.getBoolean("is_public");
        if (isPublic != null) {
            route.put("is_public", isPublic);
        }
        Map<String, String> config = KeyValues.config(a.getList("config"));
        List<String> unset = a.getList("unset_config");
        if (!config.isEmpty() || unset != null) {
            ObjectNode merged = JSON.valueToTree(config);
            // The API merges config: an empty value deletes a key.
            (unset == null ? List.<String>of() : unset).forEach(key -> merged.put(key, ""));
            route.set("config", merged);
        }
        return route;
    }

    /** Whether an update changes the headers (then they are read first and merged). */
    static boolean headersChanged(Namespace a) {
        return a.getList("header") != null || a.getList("unset_header") != null;
    }

    /**
     * The headers of a create, or of an update: the API replaces headers whole, so the
     * route's {@code current} headers are kept except those given again or unset (names
     * compared ignoring case, as HTTP does).
     */
    static JsonNode headers(Namespace a, JsonNode current) {
        ObjectNode headers = JSON.createObjectNode();
        if (current != null && current.isObject()) {
            headers.setAll((ObjectNode) current.deepCopy());
        }
        Map<String, List<String>> given = KeyValues.headers(a.getList("header"));
        List<String> removed = new ArrayList<>(given.keySet());
        List<String> unset = a.getList("unset_header");
        if (unset != null) {
            removed.addAll(unset);
        }
        List<String> names = new ArrayList<>();
        headers.fieldNames().forEachRemaining(names::add);
        names.stream().filter(n -> removed.stream().anyMatch(n::equalsIgnoreCase))
                .forEach(headers::remove);
        given.forEach((name, values) -> headers.set(name, JSON.valueToTree(values)));
        return headers;
    }
}
