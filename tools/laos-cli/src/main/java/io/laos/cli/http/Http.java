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

import io.laos.cli.CliException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The one HTTP client of a run (the JDK's), with {@code --debug} logging. A server that
 * cannot be reached becomes a {@link CliException} naming it, never a stack trace.
 */
public final class Http {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);

    // HTTP/1.1: the JDK would otherwise offer an h2c upgrade on every cleartext request.
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(CONNECT_TIMEOUT).build();
    private final DebugLog debug;

    public Http(DebugLog debug) {
        this.debug = debug;
    }

    public DebugLog debug() {
        return debug;
    }

    /**
     * Sends a request and reads the whole answer. {@code loggedBody} is what {@code --debug}
     * shows of the request body (null for none).
     */
    public HttpResponse<byte[]> send(HttpRequest request, String loggedBody) {
        debug.request(request, loggedBody);
        HttpResponse<byte[]> response = exchange(request, HttpResponse.BodyHandlers.ofByteArray());
        debug.response(response, isJson(response)
                ? new String(response.body(), StandardCharsets.UTF_8)
                : response.body().length == 0 ? null : "(" + response.body().length + " bytes)");
        return response;
    }

    /** Sends a request and hands back the answer's body as a stream (function output). */
    public HttpResponse<InputStream> stream(HttpRequest request, String loggedBody) {
        debug.request(request, loggedBody);
        HttpResponse<InputStream> response = exchange(request,
                HttpResponse.BodyHandlers.ofInputStream());
        debug.response(response, null);
        return response;
    }

    private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request, body);
        } catch (IOException e) {
            throw new CliException("Cannot reach " + origin(request) + ": " + reason(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("Interrupted", e);
        }
    }

    /**
     * Why a connection failed, in words. The JDK's client wraps the cause, and the outer
     * exception often has no message at all (a refused connection is a bare
     * ConnectException, an unknown host a ConnectException around an
     * UnresolvedAddressException): the first cause that says something is used.
     */
    static String reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return "unknown host";
            }
            if (t instanceof HttpConnectTimeoutException) {
                return "timed out connecting";
            }
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage();
            }
        }
        return failure instanceof ConnectException ? "connection refused or unreachable"
                : failure.getClass().getSimpleName();
    }

    private static String origin(HttpRequest request) {
        var uri = request.uri();
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    static boolean isJson(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("").contains("json");
    }
}
