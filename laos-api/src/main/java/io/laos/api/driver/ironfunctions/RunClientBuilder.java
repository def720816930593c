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
import org.apache.hc.client5.http.socket.ConnectionSocketFactory;
import org.apache.hc.core5.http.config.Registry;
import org.apache.hc.core5.http.impl.io.HttpRequestExecutor;
import org.apache.hc.core5.pool.PoolConcurrencyPolicy;
import org.apache.hc.core5.util.TimeValue;

/**
 * Builds the HTTP client that carries runs to the engine: Dropwizard's Apache HttpClient 5
 * (the same {@code client:} settings, TLS, metrics and managed lifecycle as the management
 * client), used directly rather than through JAX-RS, whose per-request machinery cost more
 * CPU than the HTTP exchange itself (docs/benchmarks.md). Three things differ from Dropwizard's
 * defaults, all because LaOS is a gateway on a hot path:
 *
 * <ul>
 *   <li>the connection pool uses {@link PoolConcurrencyPolicy#LAX}: one lock per route
 *       instead of the strict pool's global lock, which every run would contend on;</li>
 *   <li>redirects are not followed, cookies are not kept and bodies are not decompressed:
 *       the function's answer reaches the caller as the function gave it, and one caller's
 *       cookies never reach another's call.</li>
 * </ul>
 */
final class RunClientBuilder extends HttpClientBuilder {
    private final Environment environment;
    private final HttpClientConfiguration configuration;

    RunClientBuilder(Environment environment, HttpClientConfiguration configuration) {
        super(environment);
        this.environment = environment;
        this.configuration = configuration;
        using(configuration);
        disableContentCompression(true);
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
        return configureConnectionManager(manager);
    }

    /**
     * A plain executor: Dropwizard's instrumented one would time every run a second time, with
     * a locked reservoir on the hot path; {@code MeteredDriver} already times each engine call.
     */
    @Override
    protected HttpRequestExecutor createRequestExecutor(String name) {
        return new HttpRequestExecutor();
    }

    @Override
    protected org.apache.hc.client5.http.impl.classic.HttpClientBuilder customizeBuilder(
            org.apache.hc.client5.http.impl.classic.HttpClientBuilder builder) {
        return builder.disableRedirectHandling().disableCookieManagement().disableAuthCaching();
    }
}
