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
package io.laos.api.auth;

import java.util.Arrays;

/**
 * The {@code path} of a Keystone access rule, compiled once, matched as keystonemiddleware's
 * {@code _path_matches} does (it turns the pattern into a regular expression, anchored at both
 * ends):
 *
 * <ul>
 *   <li>{@code *} matches one or more characters other than {@code /}: exactly one path
 *       segment when it stands alone between slashes, part of one otherwise;</li>
 *   <li>{@code **} matches any characters, {@code /} included, or none;</li>
 *   <li>{@code {name}} (Keystone's "named wildcard", e.g. {@code {project_id}}) is the same
 *       as {@code *};</li>
 *   <li>everything else matches itself. keystonemiddleware pastes such characters into its
 *       regular expression unescaped, so there a {@code .} matches any character; here it
 *       matches only a dot (stricter, never looser).</li>
 * </ul>
 *
 * <p>Matching simulates the pattern as a small automaton over the path's characters, with no
 * regular expression and no backtracking: the cost is at most the pattern's length times the
 * path's, whatever the pattern, and a request allocates two small arrays.
 */
public final class AccessRulePath {
    /** Matches the character it holds. */
    private static final int LITERAL = 0;
    /** One character other than '/' (the first of a {@code *}). */
    private static final int SEGMENT_CHAR = 1;
    /** Zero or more characters other than '/' (the rest of a {@code *}). */
    private static final int SEGMENT_REST = 2;
    /** Zero or more characters (a {@code **}). */
    private static final int ANYTHING = 3;

    private final String pattern;
    private final int[] kinds;
    private final char[] chars;

    private AccessRulePath(String pattern, int[] kinds, char[] chars) {
        this.pattern = pattern;
        this.kinds = kinds;
        this.chars = chars;
    }

    /** Compiles a rule's path pattern (never fails: any string is a pattern). */
    public static AccessRulePath compile(String pattern) {
        int[] kinds = new int[pattern.length() * 2];
        char[] chars = new char[pattern.length() * 2];
        int n = 0;
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i + 1) : -1;
            if (c == '*' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
                // Tokens are taken left to right, as keystonemiddleware's finditer does, so
                // "***" is ** then *.
                kinds[n++] = ANYTHING;
                i += 2;
            } else if (c == '*' || close >= 0) {
                kinds[n++] = SEGMENT_CHAR;
                kinds[n++] = SEGMENT_REST;
                i = c == '*' ? i + 1 : close + 1;
            } else {
                // A brace that closes nothing is literal here; keystonemiddleware drops it,
                // so this only ever matches less than it would.
                chars[n] = c;
                kinds[n++] = LITERAL;
                i++;
            }
        }
        return new AccessRulePath(pattern, Arrays.copyOf(kinds, n), Arrays.copyOf(chars, n));
    }

    /** Whether the whole of {@code path} matches the whole pattern. */
    public boolean matches(String path) {
        int n = kinds.length;
        // active[k]: the first k elements of the pattern match the path read so far.
        boolean[] active = new boolean[n + 1];
        boolean[] next = new boolean[n + 1];
        active[0] = true;
        close(active);
        for (int p = 0; p < path.length(); p++) {
            char c = path.charAt(p);
            Arrays.fill(next, false);
            boolean any = false;
            for (int k = 0; k < n; k++) {
                if (!active[k]) {
                    continue;
                }
                switch (kinds[k]) {
                    case LITERAL -> {
                        if (chars[k] == c) {
                            next[k + 1] = true;
                            any = true;
                        }
                    }
                    case SEGMENT_CHAR -> {
                        if (c != '/') {
                            next[k + 1] = true;
                            any = true;
                        }
                    }
                    case SEGMENT_REST -> {
                        if (c != '/') {
                            next[k] = true;
                            any = true;
                        }
                    }
                    default -> {
                        next[k] = true;
                        any = true;
                    }
                }
            }
            if (!any) {
                return false;
            }
            close(next);
            boolean[] t = active;
            active = next;
            next = t;
        }
        return active[n];
    }

    /** Adds the states reached by letting a repetition match nothing. */
    private void close(boolean[] states) {
        for (int k = 0; k < kinds.length; k++) {
            if (states[k] && (kinds[k] == SEGMENT_REST || kinds[k] == ANYTHING)) {
                states[k + 1] = true;
            }
        }
    }

    @Override
    public String toString() {
        return pattern;
    }
}
