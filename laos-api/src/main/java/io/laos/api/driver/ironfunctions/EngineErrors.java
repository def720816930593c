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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.laos.common.error.EngineException;
import io.laos.common.error.ErrorKind;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Optional;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.NoHttpResponseException;

/**
 * The one place where IronFunctions' failures become {@link EngineException}s. Client messages
 * say only which operation failed; what the engine or the transport said goes to the operator
 * detail, on one line (engine messages contain newlines) and cut to a readable length.
 *
 * <p>IronFunctions has several error shapes (API.md 6.4): {@code {"error":{"message":m}}} for
 * API errors, the same with a {@code request_id} for failed runs, {@code {"error":m}} for the
 * JWT 401, a bare JSON string {@code "Not Found"} for unknown paths, and {@code text/plain} as
 * the content type of some 400s. They are told apart by parsing, never by content type.
 */
final class EngineErrors {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DETAIL_MAX = 1000;

    private EngineErrors() {
    }

    /** A call that got no answer: the engine is down, too slow, or broke the connection. */
    static EngineException transport(Operation op, String engine, String request, Throwable e) {
        String detail = oneLine(engine + ": " + request + ": " + describe(e));
        Throwable cause = ioCause(e);
        // ConnectTimeoutException is a SocketTimeoutException: test it before the read timeout.
        if (cause instanceof ConnectTimeoutException || cause instanceof ConnectException
                || cause instanceof UnknownHostException
                || cause instanceof NoRouteToHostException) {
            return EngineException.unreachable(detail, e);
        }
        if (cause instanceof ConnectionRequestTimeoutException) {
            // Every pooled connection is busy: the engine is overloaded, which is a 503 too.
            return EngineException.unreachable(detail + " (no free connection in the pool)", e);
        }
        if (cause instanceof SocketTimeoutException) {
            return EngineException.timeout(detail, e);
        }
        if (cause instanceof NoHttpResponseException) {
            // What a Go panic in an IronFunctions handler looks like from here (API.md 1).
            return new EngineException(ErrorKind.ENGINE_FAILURE, op.failureMessage(),
                    detail + " (the engine closed the connection)", e);
        }
        return new EngineException(ErrorKind.ENGINE_FAILURE, op.failureMessage(), detail, e);
    }

    /** An answer the operation does not expect (a 5xx, a 4xx LaOS should never cause, ...). */
    static EngineException unexpected(Operation op, String engine, EngineAnswer answer) {
        String hint = answer.status() == 401 ? " (is driver.jwtAuthKey the engine's JWT_AUTH_KEY?)"
                : "";
        return EngineException.failure(op.failureMessage(), detail(engine, answer) + hint);
    }

    /** A success status whose body is not what IronFunctions sends. */
    static EngineException unparsable(Operation op, String engine, EngineAnswer answer,
                                      String why) {
        return EngineException.failure(op.failureMessage(),
                detail(engine, answer) + " (unreadable answer: " + oneLine(why) + ")");
    }

    /** The engine says the app or route is not there. */
    static EngineException notFound(Operation op, String engine, EngineAnswer answer) {
        return EngineException.notFound(op.notFoundMessage(), detail(engine, answer));
    }

    /**
     * True when the body is IronFunctions' API error object. A 404 carrying it is a real "no
     * such app/route"; a 404 with the bare string {@code "Not Found"} means the path itself is
     * unknown (a wrong {@code driver.url}, for instance) and must not pass for "already gone".
     */
    static boolean isApiError(String body) {
        JsonNode node = parse(body);
        return node != null && node.path("error").path("message").isTextual();
    }

    /** The engine's error message, whatever the error shape; empty when there is none. */
    static Optional<String> message(String body) {
        JsonNode node = parse(body);
        if (node == null) {
            return Optional.empty();
        }
        if (node.isTextual()) {
            return Optional.of(node.asText());
        }
        JsonNode error = node.path("error");
        if (error.isTextual()) {
            return Optional.of(error.asText());
        }
        JsonNode message = error.path("message");
        return message.isTextual() ? Optional.of(message.asText()) : Optional.empty();
    }

    static String detail(String engine, EngineAnswer answer) {
        String said = message(answer.body()).orElse(answer.body() == null ? "" : answer.body());
        return oneLine(engine + ": " + answer.request() + " answered " + answer.status() + ": "
                + said);
    }

    /** Newlines (in validation messages) would split a log line; long bodies are cut. */
    static String oneLine(String text) {
        String flat = text.replaceAll("[\\r\\n]+", " | ").strip();
        return flat.length() <= DETAIL_MAX ? flat : flat.substring(0, DETAIL_MAX) + "...";
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static Throwable ioCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return t;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return e;
    }

    private static String describe(Throwable e) {
        Throwable io = ioCause(e);
        return io.getClass().getSimpleName() + (io.getMessage() == null ? ""
                : ": " + io.getMessage());
    }
}
