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

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One request the fake IronFunctions received.
 *
 * @param path    the decoded path, e.g. {@code /v1/apps/a1/routes/hello}
 * @param query   the raw query string, or null
 * @param headers as received; names as the JDK server normalises them ({@code X-foo})
 * @param body    the body of {@code /v1} requests (small JSON); null for runs, whose body the
 *                function reads as a stream
 */
public record RecordedRequest(String method, String path, String query,
                              Map<String, List<String>> headers, String body) {

    /** The first value of a header, by case-insensitive name, or null. */
    public String header(String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))
                    && !e.getValue().isEmpty()) {
                return e.getValue().get(0);
            }
        }
        return null;
    }

    boolean matches(String m, String pathPrefix) {
        return (m == null || m.equals("*") || m.equalsIgnoreCase(method))
                && path.startsWith(pathPrefix);
    }
}
