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

import com.codahale.metrics.httpclient5.InstrumentedHttpClientConnectionManager;
import io.dropwizard.client.HttpClientBuilder;
import io.dropwizard.client.HttpClientConfiguration;
import io.dropwizard.core.setup.Environment;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.socket.ConnectionSocketFactory;
import org.apache.hc.core5.http.config.Registry;
import org.apache.hc.core5.pool.PoolConcurrencyPolicy;
import org.apache.hc.core5.util.TimeValue;

/**
 * Builds the HTTP client that carries runs to the engine: Apache HttpClient 5 used directly
 * rather than through JAX-RS, whose per-request machinery cost more CPU than the HTTP exchange
 * itself (docs/benchmarks.md).
 *
 * <p>The connections come from Dropwizard's builder, so the same {@code client:} settings
 * apply (pool sizes, timeouts, keep-alive, TLS) and the pool's metrics are reported, with one
 * change: the pool uses {@link PoolConcurrencyPolicy#LAX}, one lock per route instead of the
 * strict pool's global lock, which every run would contend on.
 *
 * <p>The client on top of them is HttpClient's minimal one: it sends the request and hands
 * back the answer, nothing else. That is what a gateway needs (redirects are the caller's to
 * follow, cookies and encodings the function's own, and a run must never be retried: a
 * repeated POST could run a function twice), and it spares every run the full client's
 * protocol stage, which parses and normalises each request path for authentication scopes
 * that runs never use. Engine calls are timed once, by {@code MeteredDriver}.
 */
final class RunClientBuilder extends HttpClientBuilder {
    private final Environment environment;
    private final HttpClientConfiguration configuration;
    private InstrumentedHttpClientConnectionManager connections;

    RunClientBuilder(Environment environment, HttpClientConfiguration configuration) {
        super(environment);
        this.environment = environment;
        this.configuration = configuration;
        using(configuration);
    }

    /**
     * The minimal client over Dropwizard's pool. Dropwizard only hands out its pool inside a
     * full client, so one is built (and managed: stopping LaOS closes it and with it the pool)
     * and the minimal client shares its pool.
     */
    CloseableHttpClient buildMinimal(String name) {
        build(name);
        return HttpClients.createMinimal(connections);
    }

    @Override
    protected InstrumentedHttpClientConnectionManager createConnectionManager(
            Registry<ConnectionSocketFactory> registry, String name) {
        // As Dropwizard builds it, but with the lax pool.
        InstrumentedHttpClientConnectionManager manager = InstrumentedHttpClientConnectionManager
                .builder(environment.metrics())
                .socketFactoryRegistry(registry)
                .dnsResolver(SystemDefaultDnsResolver.INSTANCE)
                .timeToLive(TimeValue.of(configuration.getTimeToLive().getQuantity(),
                        configuration.getTimeToLive().getUnit()))
                .poolConcurrencyPolicy(PoolConcurrencyPolicy.LAX)
                .name(name)
                .build();
        connections = configureConnectionManager(manager);
        return connections;
    }
}
