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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;

/** The part of an async request kept as JSON with its call record (the body is kept apart). */
final class AsyncRequests {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What an async call replays; {@code query} may be null. */
    record Meta(String method, String uri, String query, Map<String, List<String>> headers) {
    }

    private AsyncRequests() {
    }

    static String encode(RunRequest request) {
        try {
            return JSON.writeValueAsString(new Meta(request.method(), request.requestUri(),
                    request.queryString(), request.headers()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot encode an async request", e);
        }
    }

    static Meta decode(String json) {
        try {
            return JSON.readValue(json, Meta.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored async request is not valid JSON", e);
        }
    }
}
