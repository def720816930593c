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
package io.laos.cli.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/** Builds URL paths and query strings from user-given names. */
public final class UrlPaths {
    private UrlPaths() {
    }

    /** One path segment, percent-encoded (so a name can never add a segment). */
    public static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * A route path as URL segments: {@code /a/b} and {@code a/b} both give {@code a/b}, each
     * segment encoded; the server normalises what remains.
     */
    public static String routePath(String path) {
        StringJoiner joined = new StringJoiner("/");
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                joined.add(segment(part));
            }
        }
        return joined.toString();
    }

    /** {@code ?a=1&b=2} from the non-null entries, or an empty string. */
    public static String query(Map<String, String> params) {
        StringJoiner joined = new StringJoiner("&", "?", "").setEmptyValue("");
        params.forEach((name, value) -> {
            if (value != null) {
                joined.add(segment(name) + "=" + segment(value));
            }
        });
        return joined.toString();
    }
}
