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
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code --debug}: every request and response on stderr, with tokens and passwords masked.
 * A token is shown as {@code {SHA256}<digest>} (as keystoneauth does), so two lines can be
 * seen to carry the same token without showing it.
 */
public final class DebugLog {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> SECRET_HEADERS = Set.of("x-auth-token", "x-subject-token",
            "x-service-token", "authorization");
    private static final Set<String> SECRET_FIELDS = Set.of("password", "secret", "token");
    private static final int MAX_BODY = 4096;

    private final PrintStream err;
    private final boolean enabled;

    public DebugLog(PrintStream err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    public boolean enabled() {
        return enabled;
    }

    /** A free-form line, e.g. where the settings came from. */
    public void note(String message) {
        if (enabled) {
            err.println("DEBUG: " + message);
        }
    }

    /** {@code body} is the request body as text when it is JSON, else a short description. */
    void request(HttpRequest request, String body) {
        if (!enabled) {
            return;
        }
        err.println("REQ: " + request.method() + " " + request.uri());
        headers(request.headers());
        if (body != null) {
            err.println("REQ BODY: " + maskJson(body));
        }
    }

    void response(HttpResponse<?> response, String body) {
        if (!enabled) {
            return;
        }
        err.println("RESP: [" + response.statusCode() + "] " + response.request().method() + " "
                + response.request().uri());
        headers(response.headers());
        if (body != null && !body.isEmpty()) {
            String shown = maskJson(body);
            err.println("RESP BODY: " + (shown.length() > MAX_BODY
                    ? shown.substring(0, MAX_BODY) + "... (" + shown.length() + " characters)"
                    : shown));
        }
    }

    private void headers(HttpHeaders headers) {
        headers.map().forEach((name, values) -> values.forEach(
                value -> err.println("  " + name + ": " + maskHeader(name, value))));
    }

    /** The value to show for a header: secrets become a digest. */
    public static String maskHeader(String name, String value) {
        return SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? digest(value) : value;
    }

    /** JSON with every password, secret and token field replaced by {@code ***}. */
    public static String maskJson(String text) {
        try {
            JsonNode tree = JSON.readTree(text);
            if (tree == null || !tree.isContainerNode()) {
                return text;
            }
            mask(tree);
            return JSON.writeValueAsString(tree);
        } catch (IOException notJson) {
            return text;
        }
    }

    private static void mask(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode value = object.get(name);
                if (SECRET_FIELDS.contains(name) && value.isValueNode()) {
                    object.put(name, "***");
                } else {
                    mask(value);
                }
            }
        } else if (node.isArray()) {
            node.forEach(DebugLog::mask);
        }
    }

    private static String digest(String secret) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8));
            return "{SHA256}" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            return "***"; // every JDK has SHA-256; never show the secret regardless
        }
    }
}
