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
package io.laos.api.driver.ironfunctions;

import io.laos.common.error.EngineException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.apache.hc.core5.http.NoHttpResponseException;

/**
 * The HTTP side of the driver: URLs, the bearer token, and management calls that come back as
 * a fully read {@link EngineAnswer} or as an already translated {@link EngineException}.
 */
final class EngineHttp {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final Client client;
    private final String base;
    private final String engine;
    private final Hs256Jwt jwt;
    private final Clock clock;

    /**
     * @param url    the engine's root, e.g. {@code http://127.0.0.1:8080}; a path prefix (an
     *               engine behind a reverse proxy) is kept
     * @param jwtKey the engine's {@code JWT_AUTH_KEY}, or null/blank when it has none
     */
    EngineHttp(Client client, URI url, String jwtKey, Clock clock) {
        this.client = client;
        String root = url.toString();
        this.base = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
        // Operators read this in logs: never with user:password, should the URL carry one.
        this.engine = "IronFunctions at " + url.getScheme() + "://" + url.getHost()
                + (url.getPort() < 0 ? "" : ":" + url.getPort()) + (url.getRawPath() == null
                ? "" : url.getRawPath().replaceAll("/$", ""));
        this.jwt = jwtKey == null || jwtKey.isBlank() ? null : new Hs256Jwt(jwtKey);
        this.clock = clock;
    }

    /** How the engine is named in operator details. */
    String engine() {
        return engine;
    }

    Client client() {
        return client;
    }

    /** The absolute URI of an already encoded path (and query) under the engine's root. */
    URI uri(String encodedPathAndQuery) {
        return URI.create(base + encodedPathAndQuery);
    }

    /**
     * One management call. Every status comes back as an answer (the caller decides what it
     * means); only a call that got no answer at all throws.
     *
     * @param path an encoded path starting with {@code /v1} or {@code /version}
     * @param json the request body, or null for none
     */
    EngineAnswer call(Operation op, String method, String path, String json) {
        String request = method + " " + path;
        for (int attempt = 1; ; attempt++) {
            try {
                return send(method, path, json, request);
            } catch (EngineException e) {
                throw e;
            } catch (RuntimeException e) {
                // A pooled keep-alive connection the engine closed (a restart, for instance)
                // fails before the engine saw the request: no answer at all, or a reset. One
                // more try on a fresh connection, except for PATCH: repeating a header PATCH
                // would append the values twice. Creates are safe, the driver adopts on 409.
                if (attempt == 1 && !method.equals("PATCH") && isStaleConnection(e)) {
                    continue;
                }
                // Jersey's ProcessingException wrapping the transport's IOException, mostly;
                // any other client-side failure is reported the same way so that none escapes.
                throw EngineErrors.transport(op, engine, request, e);
            }
        }
    }

    private EngineAnswer send(String method, String path, String json, String request) {
        Invocation.Builder builder = client.target(uri(path)).request()
                .accept(MediaType.APPLICATION_JSON_TYPE);
        if (jwt != null && path.startsWith("/v1/")) {
            builder.header(HttpHeaders.AUTHORIZATION, "Bearer " + jwt.token(clock.instant()));
        }
        try (Response response = json == null ? builder.method(method)
                : builder.method(method, Entity.entity(json, MediaType.APPLICATION_JSON_TYPE))) {
            String body = response.hasEntity() ? response.readEntity(String.class) : "";
            return new EngineAnswer(request, response.getStatus(), body);
        }
    }

    private static boolean isStaleConnection(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof NoHttpResponseException) {
                return true;
            }
            // Reset or broken pipe; a refused connect is no stale connection, nor worth a retry.
            if (t instanceof SocketException) {
                return !(t instanceof ConnectException || t instanceof NoRouteToHostException);
            }
        }
        return false;
    }

    /** {@code /v1/apps/{app}} with the name encoded as one path segment. */
    static String appPath(String app) {
        return "/v1/apps/" + segment(app);
    }

    /** {@code /v1/apps/{app}/routes/{path...}}; the route path keeps its slashes. */
    static String routePath(String app, String routePath) {
        return appPath(app) + "/routes" + path(routePath);
    }

    /**
     * A route path with each segment percent-encoded. LaOS only stores paths that need no
     * encoding (the engine compares stored paths to decoded request paths), so this is a
     * safety net that keeps a strange path from turning into a different URL.
     */
    static String path(String routePath) {
        StringBuilder out = new StringBuilder();
        for (String segment : routePath.split("/", -1)) {
            if (!segment.isEmpty()) {
                out.append('/').append(segment(segment));
            }
        }
        return out.length() == 0 ? "/" : out.toString();
    }

    static String segment(String s) {
        return encode(s, "-._~!$&'()*+,;=:@");
    }

    /**
     * The caller's raw query string made safe for {@link URI}: valid escapes and query
     * characters pass unchanged (the function must see what the caller sent), anything else is
     * percent-encoded, including a "%" that does not start a valid escape.
     */
    static String query(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        byte[] bytes = raw.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
                out.append('%');
            } else if (b < 128 && (isUnreserved((char) b)
                    || "!$&'()*+,;=:@/?".indexOf(b) >= 0)) {
                out.append((char) b);
            } else {
                appendEscape(out, b);
            }
        }
        return out.toString();
    }

    private static String encode(String s, String allowed) {
        StringBuilder out = new StringBuilder(s.length());
        for (byte raw : s.getBytes(StandardCharsets.UTF_8)) {
            int b = raw & 0xff;
            if (b < 128 && (isUnreserved((char) b) || allowed.indexOf(b) >= 0)) {
                out.append((char) b);
            } else {
                appendEscape(out, b);
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    private static boolean isHex(byte b) {
        return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
    }

    private static void appendEscape(StringBuilder out, int b) {
        out.append('%').append(HEX[b >> 4]).append(HEX[b & 0xf]);
    }
}
