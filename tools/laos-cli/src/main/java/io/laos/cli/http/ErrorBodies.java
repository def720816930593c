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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;

/** Turns an error answer into an {@link ApiException}. */
public final class ErrorBodies {
    static final String REQUEST_ID = "x-openstack-request-id";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_TEXT = 300;

    private ErrorBodies() {
    }

    /**
     * The message of LaOS's and Keystone's {@code {"error": {"message", "code",
     * "request_id"}}} (IronFunctions' shape too); for any other body its first line, for an
     * empty one the status alone.
     */
    public static ApiException from(int status, HttpHeaders headers, byte[] body) {
        String requestId = headers.firstValue(REQUEST_ID).orElse(null);
        String message = null;
        JsonNode error = parse(body).path("error");
        if (error.isObject()) {
            message = text(error.path("message"));
            requestId = requestId != null ? requestId : text(error.path("request_id"));
        } else if (error.isTextual()) {
            message = error.asText();
        }
        if (message == null) {
            String text = new String(body, StandardCharsets.UTF_8).strip();
            int newline = text.indexOf('\n');
            text = newline < 0 ? text : text.substring(0, newline);
            message = text.isEmpty() ? "The server answered HTTP " + status
                    : text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "..." : text;
        }
        return new ApiException(message, status, requestId);
    }

    /** The body as JSON, or a missing node when it is not JSON. */
    public static JsonNode parse(byte[] body) {
        try {
            JsonNode node = body.length == 0 ? null : JSON.readTree(body);
            return node == null ? JSON.missingNode() : node;
        } catch (IOException notJson) {
            return JSON.missingNode();
        }
    }

    private static String text(JsonNode node) {
        return node.isValueNode() && !node.asText().isEmpty() ? node.asText() : null;
    }
}
