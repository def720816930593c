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

import io.laos.common.error.LaosException;
import java.util.regex.Pattern;

/**
 * Route paths are normalised once, on the way in, so that what is stored can always be fetched,
 * changed, deleted and run: a leading "/" is added, empty segments ("//") and a trailing "/" are
 * removed. Segments "." and "..", ":" (IronFunctions' dynamic segments) and any character that
 * would need percent-encoding are refused, because the engine compares stored paths to decoded
 * request paths and would never match them.
 */
public final class RoutePaths {
    /** RFC 3986 path characters, less ":" (dynamic URLs), ";" (matrix params), "*" and "%". */
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._~!$&'()+,=@-]+");

    private RoutePaths() {
    }

    /**
     * Normalises a path given by a client.
     *
     * @param field the request field (or URL part) named in errors
     */
    public static String normalise(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw LaosException.badRequest(field, "'" + field + "' is required");
        }
        StringBuilder out = new StringBuilder(raw.length() + 1);
        for (String segment : raw.split("/", -1)) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.equals(".") || segment.equals("..")) {
                throw LaosException.badRequest(field,
                        "'" + field + "' must not contain '.' or '..' segments");
            }
            if (segment.indexOf(':') >= 0) {
                throw LaosException.badRequest(field,
                        "'" + field + "' must not contain ':' (dynamic segments are not supported)");
            }
            if (!SEGMENT.matcher(segment).matches()) {
                throw LaosException.badRequest(field, "'" + field + "' may contain only letters,"
                        + " digits and the characters . _ ~ ! $ & ' ( ) + , = @ - between slashes");
            }
            out.append('/').append(segment);
        }
        if (out.length() == 0) {
            throw LaosException.badRequest(field, "'" + field + "' must have at least one segment");
        }
        if (out.length() > Limits.PATH_MAX) {
            throw LaosException.badRequest(field,
                    "'" + field + "' must be at most " + Limits.PATH_MAX + " characters");
        }
        return out.toString();
    }
}
