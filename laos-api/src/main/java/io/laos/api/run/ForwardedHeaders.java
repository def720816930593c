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

import io.laos.api.http.HopByHopHeaders;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The headers that cross LaOS on a run. Hop-by-hop headers (RFC 9110 section 7.6.1: those of
 * one connection, plus any the {@code Connection} header names) never do; the caller's
 * OpenStack tokens never reach the function; and LaOS's own request id and call id are the only
 * ones on the answer.
 */
public final class ForwardedHeaders {
    // Expect: 100-continue is answered by LaOS's own server, not by the function.
    private static final String EXPECT = "expect";
    private static final Set<String> REQUEST_DROPPED = Set.of("x-auth-token",
            "x-subject-token", "x-service-token", EXPECT);
    private static final String REQUEST_ID = "x-openstack-request-id";
    /** On a sync answer: the id of its call record ({@code GET /v1/{project}/calls/{id}}). */
    public static final String CALL_ID = "X-Laos-Call-Id";
    private static final Set<String> RESPONSE_DROPPED = Set.of(REQUEST_ID,
            CALL_ID.toLowerCase(Locale.ROOT), EXPECT);
    private static final String CONTENT_TYPE = "Content-Type";
    private static final List<String> OCTET_STREAM = List.of("application/octet-stream");

    private ForwardedHeaders() {
    }

    /** The caller's headers as the function gets them. */
    public static Map<String, List<String>> request(Map<String, List<String>> headers) {
        return filter(headers, REQUEST_DROPPED);
    }

    /**
     * The function's headers as the caller gets them. An answer without a type is labelled
     * {@code application/octet-stream}, as JAX-RS would label it anyway: this way both of
     * LaOS's front doors (see {@code PublicRunHandler}) answer alike.
     */
    public static Map<String, List<String>> response(Map<String, List<String>> headers,
                                                     String callId) {
        Map<String, List<String>> out = filter(headers, RESPONSE_DROPPED);
        if (out.keySet().stream().noneMatch(CONTENT_TYPE::equalsIgnoreCase)) {
            out.put(CONTENT_TYPE, OCTET_STREAM);
        }
        out.put(CALL_ID, List.of(callId));
        return out;
    }

    private static Map<String, List<String>> filter(Map<String, List<String>> headers,
                                                    Set<String> alsoDropped) {
        Set<String> named = HopByHopHeaders.namedByConnection(headers);
        Map<String, List<String>> out = new LinkedHashMap<>();
        headers.forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!HopByHopHeaders.isHopByHop(lower, named) && !alsoDropped.contains(lower)) {
                out.put(name, values);
            }
        });
        return out;
    }
}
