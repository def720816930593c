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

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every fake endpoint shares: Go-like JSON in (strict types, "Invalid JSON" on a mismatch)
 * and out (trailing newline, {@code <>&} escaped), and IronFunctions' error shapes.
 */
final class FakeHttp {
    static final ObjectMapper JSON = new ObjectMapper();

    static {
        JSON.getFactory().setCharacterEscapes(new GoEscapes());
    }

    private FakeHttp() {
    }

    /** An API error: {@code {"error":{"message":m}}} with this status. */
    static final class ApiError extends RuntimeException {
        final int status;

        ApiError(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    /** The request body does not decode into the Go struct: 400 "Invalid JSON". */
    static final class InvalidJson extends RuntimeException {
        InvalidJson() {
            super("Invalid JSON");
        }
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    static ObjectNode message(String message) {
        return object().put("message", message);
    }

    static void sendJson(HttpExchange ex, int status, JsonNode body) throws IOException {
        send(ex, status, "application/json; charset=utf-8",
                (JSON.writeValueAsString(body) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    static void sendError(HttpExchange ex, int status, String message) throws IOException {
        ObjectNode body = object();
        body.putObject("error").put("message", message);
        sendJson(ex, status, body);
    }

    /** gin writes this 400 before a Content-Type is set, so Go sniffs text/plain (API.md 1). */
    static void sendInvalidJson(HttpExchange ex) throws IOException {
        ObjectNode body = object();
        body.putObject("error").put("message", "Invalid JSON");
        send(ex, 400, "text/plain; charset=utf-8",
                (JSON.writeValueAsString(body) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** gin's answer for an unknown path or method: the bare JSON string "Not Found". */
    static void sendNotFound(HttpExchange ex) throws IOException {
        sendJson(ex, 404, JSON.getNodeFactory().textNode("Not Found"));
    }

    static void send(HttpExchange ex, int status, String contentType, byte[] body)
            throws IOException {
        if (contentType != null) {
            ex.getResponseHeaders().set("Content-Type", contentType);
        }
        boolean noBody = body.length == 0 || ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
        ex.close();
    }

    /** Go's json.Decoder into a wrapper struct: the first JSON value, any type errors fatal. */
    static JsonNode decode(byte[] body) {
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw new InvalidJson();
            }
            if (!node.isObject() && !node.isNull()) {
                throw new InvalidJson();
            }
            return node;
        } catch (IOException e) {
            throw new InvalidJson();
        }
    }

    /** The wrapper's member ({@code app}, {@code route}): null when absent or JSON null. */
    static JsonNode member(JsonNode wrapper, String name) {
        JsonNode value = wrapper.path(name);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw new InvalidJson();
        }
        return value;
    }

    static String string(JsonNode obj, String field) {
        JsonNode v = obj.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return "";
        }
        if (!v.isTextual()) {
            throw new InvalidJson();
        }
        return v.asText();
    }

    /** uint64: a negative number does not decode. */
    static long unsigned(JsonNode obj, String field) {
        long v = integer(obj, field, Long.MAX_VALUE);
        if (v < 0) {
            throw new InvalidJson();
        }
        return v;
    }

    static int int32(JsonNode obj, String field) {
        return (int) integer(obj, field, Integer.MAX_VALUE);
    }

    private static long integer(JsonNode obj, String field, long max) {
        JsonNode v = obj.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return 0;
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong() || Math.abs(v.asLong()) > max) {
            throw new InvalidJson();
        }
        return v.asLong();
    }

    /** map[string]string: null when absent (Go leaves the map nil). */
    static Map<String, String> stringMap(JsonNode obj, String field) {
        JsonNode v = obj.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return null;
        }
        if (!v.isObject()) {
            throw new InvalidJson();
        }
        Map<String, String> map = new LinkedHashMap<>();
        v.properties().forEach(e -> {
            if (!e.getValue().isTextual() && !e.getValue().isNull()) {
                throw new InvalidJson();
            }
            map.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asText());
        });
        return map;
    }

    /** http.Header (map[string][]string): null when absent. */
    static Map<String, List<String>> headerMap(JsonNode obj, String field) {
        JsonNode v = obj.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return null;
        }
        if (!v.isObject()) {
            throw new InvalidJson();
        }
        Map<String, List<String>> map = new LinkedHashMap<>();
        v.properties().forEach(e -> {
            List<String> values = new ArrayList<>();
            if (!e.getValue().isNull()) {
                if (!e.getValue().isArray()) {
                    throw new InvalidJson();
                }
                e.getValue().forEach(item -> {
                    if (!item.isTextual()) {
                        throw new InvalidJson();
                    }
                    values.add(item.asText());
                });
            }
            map.put(e.getKey(), values);
        });
        return map;
    }

    /** Go's textproto.CanonicalMIMEHeaderKey, used by Header.Add/Set/Del. */
    static String canonicalKey(String key) {
        for (char c : key.toCharArray()) {
            if (c <= ' ' || c >= 127 || "\"(),/:;<=>?@[\\]{}".indexOf(c) >= 0) {
                return key;
            }
        }
        char[] out = key.toCharArray();
        boolean upper = true;
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (upper && c >= 'a' && c <= 'z') {
                out[i] = (char) (c - 32);
            } else if (!upper && c >= 'A' && c <= 'Z') {
                out[i] = (char) (c + 32);
            }
            upper = c == '-';
        }
        return new String(out);
    }

    /** Go's encoding/json escapes these for HTML safety. */
    private static final class GoEscapes extends CharacterEscapes {
        private final int[] escapes = standardAsciiEscapesForJSON();

        GoEscapes() {
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
