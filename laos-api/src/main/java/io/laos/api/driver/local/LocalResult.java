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
package io.laos.api.driver.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.laos.common.driver.InvocationResult;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers of local calls. A function's own answer (200) carries the route's headers; the
 * engine's failure answers are JSON in IronFunctions' shape and carry no route headers, so a
 * route's {@code Content-Type} never mislabels them (IronFunctions' own bug).
 */
final class LocalResult {
    /** IronFunctions lets Go sniff the type, which gives this for text; LaOS says it outright. */
    static final String DEFAULT_CONTENT_TYPE = "text/plain; charset=utf-8";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, List<String>> JSON_HEADERS =
            Map.of("Content-Type", List.of("application/json"));

    private LocalResult() {
    }

    /** 200 with the function's stdout, the route's headers and a default Content-Type. */
    static InvocationResult ok(Map<String, List<String>> routeHeaders, InputStream stdout,
                          String log) {
        Map<String, List<String>> headers = new LinkedHashMap<>(routeHeaders);
        if (headers.keySet().stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
            headers.put("Content-Type", List.of(DEFAULT_CONTENT_TYPE));
        }
        return InvocationResult.of(200, Collections.unmodifiableMap(headers), stdout, log, null);
    }

    /** A failed run: {@code {"request_id": …, "error": {"message": …}}}. */
    static InvocationResult failed(int status, String callId, String message, String log) {
        ObjectNode root = JSON.createObjectNode().put("request_id", callId);
        root.putObject("error").put("message", message);
        return InvocationResult.of(status, JSON_HEADERS, json(root), log, message);
    }

    /** 503 when the route has no slot and no room to wait: {@code {"error": {…, "code"}}}. */
    static InvocationResult busy(int maxConcurrency) {
        String message = "Too many concurrent calls of this function (max_concurrency "
                + maxConcurrency + "); try again later";
        ObjectNode root = JSON.createObjectNode();
        root.putObject("error").put("message", message).put("code", 503);
        return InvocationResult.of(503, JSON_HEADERS, json(root), null, message);
    }

    private static InputStream json(ObjectNode node) {
        try {
            return new ByteArrayInputStream(JSON.writeValueAsBytes(node));
        } catch (JsonProcessingException e) {
            // A tree of strings and numbers always serialises.
            throw new IllegalStateException(e);
        }
    }
}
