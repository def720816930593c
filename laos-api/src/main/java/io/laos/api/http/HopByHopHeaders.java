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
package io.laos.api.http;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The headers of one connection, which a gateway never passes on (RFC 9110 section 7.6.1):
 * the fixed ones, any {@code Proxy-*}, and every header the {@code Connection} header names.
 * Used on both sides of a run: the engine's answer in the IronFunctions driver, and the
 * caller's request and the function's answer in the run path.
 */
public final class HopByHopHeaders {
    private static final Set<String> FIXED = Set.of("connection", "keep-alive", "te", "trailer",
            "transfer-encoding", "upgrade");

    private HopByHopHeaders() {
    }

    /** The lower-case names that {@code Connection: a, b} in {@code headers} declares. */
    public static Set<String> namedByConnection(Map<String, List<String>> headers) {
        Set<String> named = new HashSet<>();
        headers.forEach((name, values) -> {
            if (name.equalsIgnoreCase("connection")) {
                for (String value : values) {
                    for (String token : value.split(",")) {
                        named.add(token.strip().toLowerCase(Locale.ROOT));
                    }
                }
            }
        });
        return named;
    }

    /**
     * @param lowerName a header name in lower case
     * @param named     what {@link #namedByConnection} gave for the same message
     */
    public static boolean isHopByHop(String lowerName, Set<String> named) {
        return FIXED.contains(lowerName) || lowerName.startsWith("proxy-")
                || named.contains(lowerName);
    }
}
