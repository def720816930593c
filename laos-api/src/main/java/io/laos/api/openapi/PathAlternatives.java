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
package io.laos.api.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.parameters.Parameter;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a JAX-RS template whose regular expression is a list of literal alternatives, such as
 * the run resource's {@code {prefix: r|v1/r}}, into one OpenAPI path per alternative
 * ({@code /r/...} and {@code /v1/r/...}). OpenAPI has no such templates: left alone, the path
 * would name a parameter that no operation declares.
 */
final class PathAlternatives {
    private static final Pattern ALTERNATION = Pattern.compile(
            "\\{\\s*(\\w+)\\s*:\\s*([\\w./-]+(?:\\|[\\w./-]+)+)\\s*}");

    private PathAlternatives() {
    }

    static void expand(OpenAPI openApi, Set<Class<?>> resources) {
        Map<String, List<String>> alternatives = alternatives(resources);
        if (alternatives.isEmpty() || openApi.getPaths() == null) {
            return;
        }
        Paths expanded = new Paths();
        openApi.getPaths().forEach((path, item) -> {
            for (String concrete : concrete(path, item, alternatives)) {
                expanded.addPathItem(concrete, item);
            }
        });
        openApi.setPaths(expanded);
    }

    /** The template names whose expressions are literal alternatives, with those literals. */
    private static Map<String, List<String>> alternatives(Set<Class<?>> resources) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (Class<?> type : resources) {
            collect(type.getAnnotation(Path.class), found);
            for (Method method : type.getMethods()) {
                collect(method.getAnnotation(Path.class), found);
            }
        }
        return found;
    }

    private static void collect(Path path, Map<String, List<String>> found) {
        if (path == null) {
            return;
        }
        Matcher m = ALTERNATION.matcher(path.value());
        while (m.find()) {
            found.put(m.group(1), List.of(m.group(2).split("\\|")));
        }
    }

    private static List<String> concrete(String path, PathItem item,
                                         Map<String, List<String>> alternatives) {
        List<String> paths = new ArrayList<>(List.of(path));
        alternatives.forEach((name, literals) -> {
            String template = "{" + name + "}";
            if (!path.contains(template) || declares(item, name)) {
                return;
            }
            List<String> next = new ArrayList<>();
            for (String p : paths) {
                literals.forEach(literal -> next.add(p.replace(template, literal)));
            }
            paths.clear();
            paths.addAll(next);
        });
        return paths;
    }

    private static boolean declares(PathItem item, String name) {
        return item.readOperations().stream()
                .filter(op -> op.getParameters() != null)
                .flatMap(op -> op.getParameters().stream())
                .map(Parameter::getName).anyMatch(name::equals);
    }
}
