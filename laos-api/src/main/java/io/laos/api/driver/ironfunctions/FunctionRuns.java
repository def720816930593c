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

import io.laos.common.driver.InvocationRequest;
import io.laos.common.driver.InvocationResult;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.glassfish.jersey.client.ClientProperties;

/**
 * Runs a function: the caller's request goes to {@code /r/{app}{path}} and the engine's answer
 * comes back with its body still streaming from the pooled connection.
 *
 * <p>The read timeout is set per call, from the route's timeout plus a margin, through Jersey's
 * {@link ClientProperties#READ_TIMEOUT} request property. Dropwizard's Apache connector turns
 * that property into the request's own {@code RequestConfig} response timeout, which
 * HttpClient 5 applies as the socket timeout of the pooled connection for that request (checked
 * by {@code IronFunctionsInvokeTest}, where the client's default timeout is far longer).
 */
final class FunctionRuns {
    /** Failure bodies are small JSON; more than this is passed through without a look. */
    static final int ERROR_PEEK_LIMIT = 64 * 1024;

    /**
     * Request headers the transport owns or that are hop-by-hop (RFC 9110 7.6.1). LaOS strips
     * hop-by-hop ones already; they are skipped again here because sending Content-Length or
     * Transfer-Encoding by hand makes HttpClient refuse the request.
     */
    private static final Set<String> TRANSPORT_REQUEST_HEADERS = Set.of("host", "content-length",
            "transfer-encoding", "expect", "connection", "keep-alive", "te", "trailer", "upgrade");
    private static final Set<String> HOP_BY_HOP_RESPONSE_HEADERS = Set.of("connection",
            "keep-alive", "transfer-encoding", "te", "trailer", "upgrade");

    /** Request property: the caller's Content-Type, to be sent exactly as the caller wrote it. */
    private static final String RAW_CONTENT_TYPE = FunctionRuns.class.getName() + ".contentType";

    private final EngineHttp http;
    private final Duration timeoutMargin;

    FunctionRuns(EngineHttp http, Duration timeoutMargin) {
        this.http = http;
        this.timeoutMargin = timeoutMargin;
        http.client().register(new RawContentType());
    }

    InvocationResult invoke(InvocationRequest call) {
        String path = "/r/" + EngineHttp.segment(call.app().name())
                + EngineHttp.path(call.route().path());
        // Operator messages name the path only: a query string may carry the caller's secrets.
        String request = call.method() + " " + path;
        String query = call.queryString() == null || call.queryString().isEmpty() ? ""
                : "?" + EngineHttp.query(call.queryString());
        Response response;
        try {
            Invocation.Builder builder = http.client().target(http.uri(path + query)).request()
                    .property(ClientProperties.READ_TIMEOUT, readTimeoutMillis(call))
                    // Lets a DELETE (or any method) carry the caller's body as it came.
                    .property(ClientProperties.SUPPRESS_HTTP_COMPLIANCE_VALIDATION, true);
            String contentType = null;
            Map<String, List<String>> callerHeaders = call.headers() == null ? Map.of()
                    : call.headers();
            for (Map.Entry<String, List<String>> header : callerHeaders.entrySet()) {
                String name = header.getKey().toLowerCase(Locale.ROOT);
                if (TRANSPORT_REQUEST_HEADERS.contains(name) || name.startsWith("proxy-")) {
                    continue;
                }
                if (name.equals("content-type")) {
                    contentType = header.getValue().isEmpty() ? null : header.getValue().get(0);
                    continue;
                }
                header.getValue().forEach(value -> builder.header(header.getKey(), value));
            }
            if (sendsBody(call)) {
                MediaType type = mediaType(contentType);
                if (type != null) {
                    builder.property(RAW_CONTENT_TYPE, contentType);
                }
                response = builder.method(call.method(), Entity.entity(call.body(),
                        type == null ? MediaType.APPLICATION_OCTET_STREAM_TYPE : type));
            } else {
                if (contentType != null) {
                    builder.header(HttpHeaders.CONTENT_TYPE, contentType);
                }
                response = builder.method(call.method());
            }
        } catch (RuntimeException e) {
            throw EngineErrors.transport(Operation.RUN, http.engine(), request, e);
        }
        return result(response, request);
    }

    private InvocationResult result(Response response, String request) {
        int status = response.getStatus();
        Map<String, List<String>> headers = endToEndHeaders(response.getStringHeaders());
        try {
            InputStream raw = response.readEntity(InputStream.class);
            if (raw == null) {
                raw = InputStream.nullInputStream();
            }
            String errorMessage = null;
            InputStream body = raw;
            // Only the engine itself answers >= 400 (a function cannot choose its status in
            // IronFunctions), so such a body is the engine's small JSON error: read its message
            // for the call record, without ever holding more than the limit in memory.
            if (status >= 400) {
                byte[] head = raw.readNBytes(ERROR_PEEK_LIMIT + 1);
                if (head.length <= ERROR_PEEK_LIMIT) {
                    errorMessage = EngineErrors.message(new String(head, StandardCharsets.UTF_8))
                            .orElse(null);
                    closeQuietly(response);
                    body = new ByteArrayInputStream(head);
                } else {
                    body = new SequenceInputStream(new ByteArrayInputStream(head), raw);
                }
            }
            return new Result(status, headers, new ReleasingStream(body, response),
                    errorMessage);
        } catch (IOException | RuntimeException e) {
            closeQuietly(response);
            throw EngineErrors.transport(Operation.RUN, http.engine(), request, e);
        }
    }

    private int readTimeoutMillis(InvocationRequest call) {
        // The engine's default applies to a route saved without a timeout.
        long seconds = call.route().timeout() > 0 ? call.route().timeout() : 30;
        return (int) Math.min(Integer.MAX_VALUE, seconds * 1000 + timeoutMargin.toMillis());
    }

    /** IronFunctions reads a body only for POST, but the caller's request is passed as it is. */
    private static boolean sendsBody(InvocationRequest call) {
        String method = call.method().toUpperCase(Locale.ROOT);
        return call.contentLength() != 0 && !method.equals("GET") && !method.equals("HEAD");
    }

    /** The caller's type, or null when there is none or Jersey cannot parse it. */
    private static MediaType mediaType(String contentType) {
        if (contentType != null) {
            try {
                return MediaType.valueOf(contentType);
            } catch (IllegalArgumentException e) {
                // Unparsable: the function gets the neutral type rather than no call at all.
            }
        }
        return null;
    }

    /** Drops hop-by-hop headers, including those the engine's Connection header names. */
    static Map<String, List<String>> endToEndHeaders(Map<String, List<String>> engineHeaders) {
        Set<String> drop = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        drop.addAll(HOP_BY_HOP_RESPONSE_HEADERS);
        engineHeaders.forEach((name, values) -> {
            if (name.equalsIgnoreCase("connection")) {
                values.forEach(v -> {
                    for (String token : v.split(",")) {
                        drop.add(token.strip());
                    }
                });
            }
        });
        Map<String, List<String>> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        engineHeaders.forEach((name, values) -> {
            if (!drop.contains(name) && !name.toLowerCase(Locale.ROOT).startsWith("proxy-")) {
                out.computeIfAbsent(name, k -> new ArrayList<>()).addAll(values);
            }
        });
        out.replaceAll((name, values) -> List.copyOf(values));
        return Collections.unmodifiableMap(out);
    }

    /** Closing a response whose connection already broke may throw; there is nothing to do. */
    private static void closeQuietly(Response response) {
        try {
            response.close();
        } catch (RuntimeException e) {
            // The connection is discarded by the pool either way.
        }
    }

    /**
     * Jersey re-serialises an entity's media type ({@code text/plain; charset=UTF-8} would
     * reach the function as {@code text/plain;charset=UTF-8}); this filter puts the caller's
     * own string back, so that the function sees the header unchanged. It runs before the
     * entity is written, and Jersey parses the string again to pick the writer.
     */
    private static final class RawContentType implements ClientRequestFilter {
        @Override
        public void filter(ClientRequestContext request) {
            Object raw = request.getProperty(RAW_CONTENT_TYPE);
            if (raw != null) {
                request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, raw);
            }
        }
    }

    /** The answer of one run; closing it (or its body) gives the connection back to the pool. */
    private static final class Result implements InvocationResult {
        private final int status;
        private final Map<String, List<String>> headers;
        private final InputStream body;
        private final String errorMessage;

        Result(int status, Map<String, List<String>> headers, InputStream body,
               String errorMessage) {
            this.status = status;
            this.headers = headers;
            this.body = body;
            this.errorMessage = errorMessage;
        }

        @Override
        public int status() {
            return status;
        }

        @Override
        public Map<String, List<String>> headers() {
            return headers;
        }

        @Override
        public InputStream body() {
            return body;
        }

        @Override
        public Optional<String> errorMessage() {
            return Optional.ofNullable(errorMessage);
        }
    }

    /**
     * The body as the caller reads it. Closing it closes the Jersey response, which releases
     * the pooled connection (HttpClient reads what is left of the body first, so that the
     * connection can be reused). Read failures surface as plain {@link IOException}s, without
     * HttpClient's exception types.
     */
    private static final class ReleasingStream extends FilterInputStream {
        private final Response response;

        ReleasingStream(InputStream in, Response response) {
            super(in);
            this.response = response;
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw failed(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                throw failed(e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } catch (IOException e) {
                throw failed(e);
            } finally {
                closeQuietly(response);
            }
        }

        private static IOException failed(IOException e) {
            return new IOException("Reading the functions engine's answer failed: " + e, e);
        }
    }
}
