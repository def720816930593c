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
package io.laos.api.run;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * A run as the caller sent it, headers already filtered ({@link ForwardedHeaders#request}).
 * A caller may ask for an async run of any route with {@code Prefer: respond-async}
 * (RFC 7240); the header still reaches the function like any other.
 *
 * @param requestUri    the raw path and query the caller used on LaOS
 * @param queryString   the raw query string without "?", or null
 * @param body          the request body, streamed (empty when none)
 * @param contentLength the declared body length, or -1 when unknown (chunked)
 */
public record RunRequest(String method, String requestUri, String queryString,
                         Map<String, List<String>> headers, InputStream body,
                         long contentLength) {

    /** True when the caller sent {@code Prefer: respond-async} (among other preferences). */
    public boolean prefersAsync() {
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (!header.getKey().equalsIgnoreCase("Prefer")) {
                continue;
            }
            for (String value : header.getValue()) {
                for (String preference : value.split(",")) {
                    // A preference may carry parameters: "respond-async; foo=bar".
                    String name = preference.split(";", 2)[0].strip();
                    if (name.equalsIgnoreCase("respond-async")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
