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
package io.laos.api.auth.keystone;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.client.JerseyClientBuilder;
import io.dropwizard.client.JerseyClientConfiguration;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.util.Duration;
import io.laos.api.testing.FakeKeystone;
import io.laos.api.testing.FakeTime;
import jakarta.ws.rs.client.Client;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A {@link FakeKeystone} and the Keystone auth parts wired to it exactly as
 * {@link KeystoneAuthFactory} wires them, on {@link FakeTime} so that tests control expiry.
 */
final class KeystoneHarness implements AutoCloseable {
    static final java.time.Duration TTL = java.time.Duration.ofMinutes(5);
    static final java.time.Duration NEGATIVE_TTL = java.time.Duration.ofSeconds(5);

    final FakeTime time = new FakeTime();
    final FakeKeystone keystone = FakeKeystone.start(time);
    final KeystoneClient client;
    final ServiceToken serviceToken;
    final KeystoneAuthenticator authenticator;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Client http;

    KeystoneHarness() {
        this(Duration.seconds(5));
    }

    /** With the given read timeout towards Keystone. */
    KeystoneHarness(Duration readTimeout) {
        JerseyClientConfiguration config = new KeystoneAuthFactory().getClient();
        config.setTimeout(readTimeout);
        http = new JerseyClientBuilder(new MetricRegistry()).using(config)
                .using(executor, Jackson.newObjectMapper()).build("keystone-test");
        client = new KeystoneClient(http, keystone.url());
        serviceToken = new ServiceToken(client, new ServiceUser(FakeKeystone.SERVICE_USER,
                FakeKeystone.SERVICE_PASSWORD, FakeKeystone.SERVICE_PROJECT), time);
        authenticator = new KeystoneAuthenticator(client, serviceToken, time, time, TTL,
                NEGATIVE_TTL, 1000);
        keystone.addUser("demo", "demo-pw", "demo", "member");
        keystone.addUser("reader", "reader-pw", "demo", "reader");
        keystone.addUser("admin", "admin-pw", "admin", "admin");
    }

    String token(String user, String project) {
        return keystone.issueToken(user, project);
    }

    @Override
    public void close() {
        http.close();
        keystone.close();
        executor.shutdownNow();
    }
}
