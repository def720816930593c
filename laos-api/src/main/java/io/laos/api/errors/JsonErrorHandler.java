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
package io.laos.api.errors;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.core.setup.Environment;
import io.laos.api.http.RequestIds;
import io.laos.api.http.ServerStart;
import io.laos.common.api.ErrorView;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jetty's own refusals in the LaOS error shape instead of Jetty's HTML page: a request line
 * too long (414), headers too large (431), a request Jetty cannot parse (400), and errors the
 * servlet container raises outside Jersey. Those requests never reach Jersey's exception
 * mappers nor, mostly, {@code RequestIdFilter}, so the request id is made here when the
 * filter did not run. Only the status reason goes out; causes and stacks stay in Jetty.
 */
public class JsonErrorHandler extends ErrorHandler {
    private static final Logger LOG = LoggerFactory.getLogger(JsonErrorHandler.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    public JsonErrorHandler() {
        setShowStacks(false);
        setShowCauses(false);
    }

    /**
     * Serves Jetty's errors on the whole server (both connectors). The servlet contexts have no
     * error handler of their own, so theirs (e.g. 405 for an unknown method) come here too.
     * Dropwizard sets its own server error handler when it builds the server, after
     * {@code Application.run}, so this one is put in place as the server starts.
     */
    public static void install(Environment env) {
        JsonErrorHandler handler = new JsonErrorHandler();
        ServerStart.onStarting(env, server -> server.setErrorHandler(handler));
    }

    /**
     * Every request gets the JSON error: Jetty's default is GET, POST and HEAD only, and a
     * request refused while parsing has no method ("BAD") by then.
     */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message,
                                    Throwable cause, Callback callback) throws IOException {
        String id = request.getAttribute(RequestIds.ATTRIBUTE) instanceof String filtered
                ? filtered : RequestIds.generate();
        String text = clientMessage(code, message, cause);
        // The request line may be what was too long: it is not logged.
        LOG.info("Jetty answered {} itself: {} [{}]", code, text, id);
        response.getHeaders().put(RequestIds.HEADER, id);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        if (cause instanceof HttpException) {
            // A request Jetty could not parse: it closes the connection after this answer, but
            // when the request line itself was refused (414) it has no HTTP version for it and
            // does not say so. An HTTP/1.1 client would then send its next request on a dead
            // connection, and a request that cannot be retried would fail.
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
        byte[] body = JSON.writeValueAsBytes(ErrorView.of(code, text, null, id));
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /**
     * Jetty's reason for a client error ("URI Too Long", "Bad Request: ...") is meant for the
     * client; a server error's or another exception's text may name internals.
     */
    static String clientMessage(int code, String message, Throwable cause) {
        boolean jettyReason = cause == null || cause instanceof HttpException;
        if (code < 500 && message != null && jettyReason) {
            return message;
        }
        String reason = HttpStatus.getMessage(code);
        return reason != null ? reason : "The request failed";
    }
}
