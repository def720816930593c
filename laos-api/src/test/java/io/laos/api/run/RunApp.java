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
package io.laos.api.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.lifecycle.JettyManaged;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import io.laos.api.LaosApplication;
import io.laos.api.LaosConfiguration;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.jetty.util.component.LifeCycle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * The real LaOS application on a free loopback port with its own in-memory H2 database, which
 * outlives a stop so that a test can restart LaOS on the same data.
 */
public final class RunApp {
    static final Duration WAIT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String dbUrl;
    private final List<ConfigOverride> overrides;
    private final Class<? extends LaosApplication> application;
    private final String config;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(WAIT).build();
    private DropwizardTestSupport<LaosConfiguration> support;

    public RunApp(ConfigOverride... overrides) {
        this(RunTestApplication.class, "runs/runs-test.yml", overrides);
    }

    public RunApp(Class<? extends LaosApplication> application, String config,
                  ConfigOverride... overrides) {
        this.application = application;
        this.config = config;
        this.dbUrl = "jdbc:h2:mem:runs-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        this.overrides = new ArrayList<>(Arrays.asList(overrides));
        this.overrides.add(ConfigOverride.config("database.url", dbUrl));
        this.support = newSupport();
    }

    private DropwizardTestSupport<LaosConfiguration> newSupport() {
        return new DropwizardTestSupport<>(application, ResourceHelpers.resourceFilePath(config),
                overrides.toArray(new ConfigOverride[0]));
    }

    public RunApp start() throws Exception {
        support.before();
        return this;
    }

    public void stop() {
        support.after();
    }

    /** Stops LaOS and starts it again on the same database (a new port). */
    public void restart() throws Exception {
        stop();
        support = newSupport();
        support.before();
    }

    /** The database LaOS uses, for checks and for planting records. */
    public Jdbi jdbi() {
        return Jdbi.create(dbUrl, "sa", "").installPlugin(new SqlObjectPlugin());
    }

    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + support.getLocalPort() + pathAndQuery);
    }

    public int port() {
        return support.getLocalPort();
    }

    /** The application's metrics (admin {@code /metrics}). */
    public MetricRegistry metrics() {
        return support.getEnvironment().metrics();
    }

    public <T> T managed(Class<T> type) {
        for (LifeCycle lc : support.getEnvironment().lifecycle().getManagedObjects()) {
            if (lc instanceof JettyManaged jm && type.isInstance(jm.getManaged())) {
                return type.cast(jm.getManaged());
            }
        }
        throw new IllegalStateException("no managed " + type.getSimpleName());
    }

    /** Waits until every sync record so far is written and every async call has finished. */
    public void settle() throws InterruptedException {
        assertThat(managed(AsyncRunner.class).awaitIdle(WAIT)).isTrue();
        assertThat(managed(CallRecorder.class).flush(WAIT)).isTrue();
    }

    public HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException,
            InterruptedException {
        return http.send(request.timeout(WAIT).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(uri(pathAndQuery));
    }

    /** A JSON call of the API; fails unless it answers {@code expected}. */
    public JsonNode json(String method, String path, String body, int expected)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = request(path).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<byte[]> r = send(b);
        assertThat(r.statusCode()).as(method + " " + path + ": " + new String(r.body()))
                .isEqualTo(expected);
        return JSON.readTree(r.body());
    }

    /** Creates an app and a route (route JSON without the envelope). */
    public void route(String project, String app, String routeJson) throws Exception {
        HttpResponse<byte[]> r = send(request("/v1/" + project + "/apps")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"app\":{\"name\":\"" + app
                        + "\"}}")));
        assertThat(r.statusCode()).isIn(201, 409);
        json("POST", "/v1/" + project + "/apps/" + app + "/routes",
                "{\"route\":" + routeJson + "}", 201);
    }

    /** Asserts a status, showing the body when it is not the one expected. */
    public static void expect(HttpResponse<byte[]> r, int status) {
        assertThat(r.statusCode()).as(r.request().method() + " " + r.uri() + " answered "
                + new String(r.body(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(status);
    }

    public static JsonNode parse(byte[] body) throws IOException {
        return JSON.readTree(body);
    }
}
