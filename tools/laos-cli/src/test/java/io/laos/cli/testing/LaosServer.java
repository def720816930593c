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
package io.laos.cli.testing;

import io.dropwizard.lifecycle.JettyManaged;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import io.laos.api.LaosApplication;
import io.laos.api.LaosConfiguration;
import io.laos.api.run.AsyncRunner;
import io.laos.api.run.CallRecorder;
import io.laos.api.testing.FakeKeystone;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * The real LaOS on a loopback port with its own in-memory H2 database, for the CLI to talk to.
 * It plays the part of laos-api's {@code LaosTestApp} with two differences the CLI tests
 * need: its config files are this module's (a resource inside laos-api's test jar has no file
 * path), and {@link #settle()} waits for call records, which are written behind the runs.
 */
public final class LaosServer implements AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final DropwizardTestSupport<LaosConfiguration> support;
    private final HttpClient http = HttpClient.newHttpClient();

    private LaosServer(String config, List<ConfigOverride> overrides) throws Exception {
        overrides.add(ConfigOverride.config("database.url",
                "jdbc:h2:mem:laos-cli-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
        support = new DropwizardTestSupport<>(LaosApplication.class,
                ResourceHelpers.resourceFilePath(config),
                overrides.toArray(ConfigOverride[]::new));
        support.before();
    }

    /** LaOS with noauth (the project is whatever the URL says) and the noop engine. */
    public static LaosServer noauth(ConfigOverride... overrides) throws Exception {
        return new LaosServer("cli/laos-noauth.yml", new ArrayList<>(List.of(overrides)));
    }

    /** LaOS with noauth and the local engine running the images of laos-local.yml. */
    public static LaosServer localEngine() throws Exception {
        return new LaosServer("cli/laos-local.yml", new ArrayList<>());
    }

    /** LaOS validating tokens at {@code keystone}, with the noop engine. */
    public static LaosServer keystone(FakeKeystone keystone) throws Exception {
        List<ConfigOverride> overrides = new ArrayList<>();
        overrides.add(ConfigOverride.config("auth.url", keystone.url()));
        overrides.add(ConfigOverride.config("auth.serviceUser.name", FakeKeystone.SERVICE_USER));
        overrides.add(ConfigOverride.config("auth.serviceUser.password",
                FakeKeystone.SERVICE_PASSWORD));
        return new LaosServer("cli/laos-keystone.yml", overrides);
    }

    /** The root URL, e.g. {@code http://127.0.0.1:41234}. */
    public String url() {
        return "http://127.0.0.1:" + support.getLocalPort();
    }

    /** POSTs JSON straight to the API (to set up data faster than through the CLI). */
    public int post(String path, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Waits until every async call so far has finished and every call record is written. */
    public void settle() throws InterruptedException {
        if (!managed(AsyncRunner.class).awaitIdle(WAIT)
                || !managed(CallRecorder.class).flush(WAIT)) {
            throw new AssertionError("LaOS did not settle within " + WAIT);
        }
    }

    private <T> T managed(Class<T> type) {
        for (LifeCycle lc : support.getEnvironment().lifecycle().getManagedObjects()) {
            if (lc instanceof JettyManaged jm && type.isInstance(jm.getManaged())) {
                return type.cast(jm.getManaged());
            }
        }
        throw new IllegalStateException("LaOS manages no " + type.getSimpleName());
    }

    @Override
    public void close() {
        support.after();
    }
}
