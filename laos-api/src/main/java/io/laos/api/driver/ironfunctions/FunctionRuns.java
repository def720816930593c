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

import io.dropwizard.client.HttpClientConfiguration;
import io.laos.api.http.HopByHopHeaders;
import io.laos.common.driver.InvocationRequest;
import io.laos.common.driver.InvocationResult;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.InputStreamEntity;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import org.apache.hc.core5.net.URIAuthority;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * Runs a function: the caller's request goes to {@code /r/{app}{path}} and the engine's answer
 * comes back with its body still streaming from the pooled connection.
 *
 * <p>This is the hot path of LaOS, so it speaks Apache HttpClient 5's classic API directly
 * (see {@link RunClientBuilder}): the request is built from the already encoded path without
 * parsing a URI, headers go as the caller wrote them, and the body is streamed both ways. The
 * read timeout is set per call, from the route's timeout plus a margin, as the request's
 * response timeout, which HttpClient applies as the socket timeout of the pooled connection
 * for that exchange (checked by {@code IronFunctionsInvokeTest}, where the client's default
 * timeout is far longer). A run is never retried: a repeated POST could run a function twice.
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

    private final CloseableHttpClient client;
    private final HttpHost host;
    /**
     * The engine's Host header, formatted once: left to HttpClient, it is formatted again for
     * every request (with an IPv6 check of the host name), a tenth of a run's CPU.
     */
    private final String hostHeader;
    private final String basePath;
    private final String engine;
    private final Duration timeoutMargin;
    private final HttpClientConfiguration settings;
    /** One request config per read timeout: routes share a handful of timeouts. */
    private final Map<Long, RequestConfig> configs = new ConcurrentHashMap<>();

    /**
     * @param client   the run client ({@link RunClientBuilder})
     * @param url      the engine's root; a path prefix (an engine behind a proxy) is kept
     * @param engine   how operator messages name the engine
     * @param settings the client settings the run client was built with
     */
    FunctionRuns(CloseableHttpClient client, URI url, String engine, Duration timeoutMargin,
                 HttpClientConfiguration settings) {
        this.client = client;
        this.host = new HttpHost(url.getScheme(), url.getHost(), url.getPort());
        this.hostHeader = new URIAuthority(host).toString();
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        this.basePath = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        this.engine = engine;
        this.timeoutMargin = timeoutMargin;
        this.settings = settings;
    }

    InvocationResult invoke(InvocationRequest call) {
        String path = "/r/" + EngineHttp.segment(call.app().name())
                + EngineHttp.path(call.route().path());
        // Operator messages name the path only: a query string may carry the caller's secrets.
        String request = call.method() + " " + path;
        String query = call.queryString() == null || call.queryString().isEmpty() ? ""
                : "?" + EngineHttp.query(call.queryString());
        BasicClassicHttpRequest out = new BasicClassicHttpRequest(call.method(), host,
                basePath + path + query);
        out.addHeader(HttpHeaders.HOST, hostHeader);
        Map<String, List<String>> callerHeaders = call.headers() == null ? Map.of()
                : call.headers();
        for (Map.Entry<String, List<String>> header : callerHeaders.entrySet()) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (TRANSPORT_REQUEST_HEADERS.contains(name) || name.startsWith("proxy-")) {
                continue;
            }
            // Content-Type included: the function sees the caller's string unchanged.
            for (String value : header.getValue()) {
                out.addHeader(header.getKey(), value);
            }
        }
        if (sendsBody(call)) {
            // A known length goes as Content-Length, an unknown one chunked; the entity has no
            // type of its own so that the caller's Content-Type header is the only one.
            out.setEntity(new InputStreamEntity(call.body(),
                    call.contentLength() > 0 ? call.contentLength() : -1, null));
        }
        HttpClientContext context = HttpClientContext.create();
        context.setRequestConfig(configs.computeIfAbsent(readTimeoutMillis(call),
                this::requestConfig));
        ClassicHttpResponse response;
        try {
            response = client.executeOpen(host, out, context);
        } catch (IOException | RuntimeException e) {
            throw EngineErrors.transport(Operation.RUN, engine, request, e);
        }
        return result(response, request);
    }

    private RequestConfig requestConfig(long readTimeoutMillis) {
        return RequestConfig.custom()
                .setConnectionRequestTimeout(Timeout.ofMilliseconds(
                        settings.getConnectionRequestTimeout().toMilliseconds()))
                .setConnectionKeepAlive(TimeValue.of(settings.getKeepAlive().toMilliseconds(),
                        TimeUnit.MILLISECONDS))
                .setResponseTimeout(Timeout.ofMilliseconds(readTimeoutMillis))
                .setRedirectsEnabled(false)
                .setProtocolUpgradeEnabled(false)
                .build();
    }

    private InvocationResult result(ClassicHttpResponse response, String request) {
        int status = response.getCode();
        Map<String, List<String>> headers = endToEndHeaders(headers(response));
        try {
            HttpEntity entity = response.getEntity();
            InputStream raw = entity == null ? null : entity.getContent();
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
                    closeQuietly(raw, response);
                    body = new ByteArrayInputStream(head);
                } else {
                    body = new SequenceInputStream(new ByteArrayInputStream(head), raw);
                }
            }
            return InvocationResult.of(status, headers, new ReleasingStream(body, raw, response),
                    null, errorMessage);
        } catch (IOException | RuntimeException e) {
            closeQuietly(null, response);
            throw EngineErrors.transport(Operation.RUN, engine, request, e);
        }
    }

    private static Map<String, List<String>> headers(ClassicHttpResponse response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Iterator<Header> it = response.headerIterator(); it.hasNext(); ) {
            Header header = it.next();
            headers.computeIfAbsent(header.getName(), k -> new ArrayList<>(1))
                    .add(header.getValue());
        }
        return headers;
    }

    private long readTimeoutMillis(InvocationRequest call) {
        // The engine's default applies to a route saved without a timeout.
        long seconds = call.route().timeout() > 0 ? call.route().timeout() : 30;
        return seconds * 1000 + timeoutMargin.toMillis();
    }

    /** IronFunctions reads a body only for POST, but the caller's request is passed as it is. */
    private static boolean sendsBody(InvocationRequest call) {
        String method = call.method().toUpperCase(Locale.ROOT);
        return call.contentLength() != 0 && !method.equals("GET") && !method.equals("HEAD");
    }

    /** Drops hop-by-hop headers, including those the engine's Connection header names. */
    static Map<String, List<String>> endToEndHeaders(Map<String, List<String>> engineHeaders) {
        Set<String> named = HopByHopHeaders.namedByConnection(engineHeaders);
        Map<String, List<String>> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        engineHeaders.forEach((name, values) -> {
            if (!HopByHopHeaders.isHopByHop(name.toLowerCase(Locale.ROOT), named)) {
                out.computeIfAbsent(name, k -> new ArrayList<>()).addAll(values);
            }
        });
        out.replaceAll((name, values) -> List.copyOf(values));
        return Collections.unmodifiableMap(out);
    }

    /**
     * Closes the body stream (which reads what is left of it and gives a reusable connection
     * back to the pool), then the response (which discards a connection still held). Closing
     * after a broken connection may throw; there is nothing to do then.
     */
    private static void closeQuietly(InputStream raw, ClassicHttpResponse response) {
        try {
            if (raw != null) {
                raw.close();
            }
        } catch (IOException | RuntimeException e) {
            // The connection is discarded below.
        }
        try {
            response.close();
        } catch (IOException | RuntimeException e) {
            // The pool has let the connection go either way.
        }
    }

    /**
     * The body as the caller reads it. Closing it releases the connection (see
     * {@link #closeQuietly}). Read failures surface as plain {@link IOException}s, without
     * HttpClient's exception types.
     */
    private static final class ReleasingStream extends FilterInputStream {
        private final InputStream raw;
        private final ClassicHttpResponse response;

        ReleasingStream(InputStream in, InputStream raw, ClassicHttpResponse response) {
            super(in);
            this.raw = raw;
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
        public void close() {
            closeQuietly(raw, response);
        }

        private static IOException failed(IOException e) {
            return new IOException("Reading the functions engine's answer failed: " + e, e);
        }
    }
}
