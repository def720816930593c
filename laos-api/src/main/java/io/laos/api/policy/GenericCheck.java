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
package io.laos.api.policy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * oslo.policy's generic check {@code LEFT:RIGHT}, e.g. {@code project_id:%(project_id)s} or
 * {@code True:%(all_projects)s}. RIGHT is first substituted from the target (a missing key
 * denies). LEFT is either a literal ({@code 'text'}, {@code "text"}, {@code True},
 * {@code False}, {@code None} or a number), compared with RIGHT as a string, or a dotted path
 * into the caller's credentials ({@code project_id}, {@code user_id}, {@code roles}); a list on
 * the path matches when any element does.
 */
public record GenericCheck(String kind, String match) implements Check {
    private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"");
    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d+");
    private static final Pattern PATH =
            Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*");

    /** Whether {@code kind} is something LaOS can evaluate (a literal or a credentials path). */
    static boolean isValidKind(String kind) {
        return literal(kind).isPresent() || PATH.matcher(kind).matches();
    }

    @Override
    public boolean test(PolicyRequest request) {
        Optional<String> expected = Substitution.apply(match, request.target());
        if (expected.isEmpty()) {
            return false;
        }
        Optional<String> literal = literal(kind);
        if (literal.isPresent()) {
            return literal.get().equals(expected.get());
        }
        return find(request.credentials(), Arrays.asList(kind.split("\\.")), expected.get());
    }

    /** What Python's {@code str(ast.literal_eval(kind))} gives, for the literals LaOS knows. */
    private static Optional<String> literal(String kind) {
        if (QUOTED.matcher(kind).matches()) {
            return Optional.of(kind.substring(1, kind.length() - 1));
        }
        if (kind.equals("True") || kind.equals("False") || kind.equals("None")) {
            return Optional.of(kind);
        }
        if (INTEGER.matcher(kind).matches()) {
            return Optional.of(new java.math.BigInteger(kind).toString());
        }
        return Optional.empty();
    }

    private static boolean find(Object value, List<String> path, String expected) {
        if (value instanceof List<?> list) {
            return list.stream().anyMatch(v -> find(v, path, expected));
        }
        if (path.isEmpty()) {
            // Unlike Python, an absent credential (null) never matches, not even "None".
            return value != null && Substitution.pythonString(value).equals(expected);
        }
        if (!(value instanceof Map<?, ?> map) || !map.containsKey(path.get(0))) {
            return false;
        }
        return find(map.get(path.get(0)), path.subList(1, path.size()), expected);
    }
}
