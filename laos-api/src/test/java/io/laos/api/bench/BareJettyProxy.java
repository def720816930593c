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
package io.laos.api.bench;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import org.apache.hc.core5.pool.PoolConcurrencyPolicy;
import org.apache.hc.core5.util.Timeout;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Invocable;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The floor of the run-path benchmark (tools/bench/run-path.sh, row "jetty floor"): the
 * server and client libraries LaOS runs on, Jetty 12 and Apache HttpClient 5, set up as LaOS
 * sets them up (Dropwizard's thread pool sizes, the minimal client over a lax pool, a read
 * timeout per exchange, a buffered answer), doing nothing but pass each request to the
 * backend and its answer back. No routes, call records, metrics or header rules: what LaOS
 * serves on top of this shows what its own work costs, and this row shows how far any
 * gateway built on these libraries can get on the machine.
 *
 * <p>Not a test and not part of LaOS: it lives in the test sources so that the benchmark can
 * run it from the built jars ({@code java -cp laos-api.jar:laos-api-*-tests.jar}).
 *
 * <pre>java -cp ... io.laos.api.bench.BareJettyProxy PORT BACKEND_URL</pre>
 */
public final class BareJettyProxy {
    private BareJettyProxy() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: BareJettyProxy PORT BACKEND_URL");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        URI backend = URI.create(args[1]);
        HttpHost host = new HttpHost(backend.getScheme(), backend.getHost(), backend.getPort());
        String hostHeader = backend.getHost() + ":" + backend.getPort();

        // Dropwizard's defaults: 8 to 1024 threads (etc/laos/laos.yml keeps the maximum).
        Server server = new Server(new QueuedThreadPool(1024, 8));
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);

        CloseableHttpClient client = HttpClients.createMinimal(
                PoolingHttpClientConnectionManagerBuilder.create()
                        .setPoolConcurrencyPolicy(PoolConcurrencyPolicy.LAX)
                        .setMaxConnPerRoute(1024)
                        .setMaxConnTotal(1024)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.ofMilliseconds(500)).build())
                        .build());
        // LaOS reads a run's answer with the route's timeout (30 s by default) plus a margin.
        RequestConfig readTimeout = RequestConfig.custom()
                .setResponseTimeout(Timeout.ofSeconds(35)).build();

        server.setHandler(new Handler.Abstract(Invocable.InvocationType.BLOCKING) {
            @Override
            public boolean handle(Request request, Response response, Callback callback)
                    throws Exception {
                BasicClassicHttpRequest out = new BasicClassicHttpRequest(request.getMethod(),
                        host, request.getHttpURI().getPathQuery());
                out.addHeader("Host", hostHeader);
                HttpClientContext context = HttpClientContext.create();
                context.setRequestConfig(readTimeout);
                try (ClassicHttpResponse answer = client.executeOpen(host, out, context)) {
                    response.setStatus(answer.getCode());
                    for (Header header : answer.getHeaders()) {
                        if (!header.getName().equalsIgnoreCase("Connection")) {
                            response.getHeaders().add(header.getName(), header.getValue());
                        }
                    }
                    HttpEntity entity = answer.getEntity();
                    try (InputStream in = entity == null ? InputStream.nullInputStream()
                            : entity.getContent();
                         OutputStream body = Response.asBufferedOutputStream(request, response)) {
                        in.transferTo(body);
                    }
                }
                callback.succeeded();
                return true;
            }
        });
        server.start();
        server.join();
    }
}
