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
package io.laos.api.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.configuration.ConfigurationSourceProvider;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.ResourceConfigurationSourceProvider;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.JettyManaged;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.laos.api.LaosApplication;
import io.laos.api.LaosConfiguration;
import io.laos.api.run.AsyncRunner;
import io.laos.api.run.CallRecorder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.jetty.util.component.LifeCycle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real LaOS application on a real loopback port, with its own in-memory H2 database, for
 * the API tests and for the clients' tests (laos-cli uses it from laos-api's test jar).
 * Requests go through the JDK HTTP client, as any client's would.
 *
 * <p>The factories ({@link #start}, {@link #withKeystone}, ...) return a running LaOS to close.
 * For one LaOS per test class, register {@link #perClass} as a JUnit extension instead:
 * {@code @RegisterExtension static final LaosTestApp laos = LaosTestApp.perClass(...)} starts
 * it before the class's {@code @BeforeAll} methods and closes it after its last test.
 *
 * <p>The config is a classpath resource, not a file: inside the test jar a resource has no
 * file path, so it is read the way the class loader sees it, with the application's own
 * {@code ${VAR}} substitution.
 *
 * <p>The database outlives a stop: {@link #restart} starts LaOS again on the same data, and
 * {@link #jdbi} still reaches it after {@link #close}.
 */
public class LaosTestApp implements AutoCloseable, BeforeAllCallback, AfterAllCallback {
    /** noauth and the noop engine (every run echoes its request body). */
    public static final String NOAUTH_CONFIG = "api/laos-test.yml";
    /** {@code auth.type: keystone}; the Keystone URL and the service user are overridden. */
    public static final String KEYSTONE_CONFIG = "auth/laos-keystone-test.yml";
    /**
     * noauth, the test-only scripted engine ({@code driver.type: scripted}, see
     * {@link ScriptedDriver}) and small run limits, for the run-path tests.
     */
    public static final String RUNS_CONFIG = "runs/runs-test.yml";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration SETTLE_WAIT = Duration.ofSeconds(30);
    /** How long a request may take, so that a hung run fails its test instead of the build. */
    private static final Duration REQUEST_WAIT = Duration.ofSeconds(20);
    private static final ConfigurationSourceProvider CLASSPATH = new SubstitutingSourceProvider(
            new ResourceConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false));

    private final String jdbcUrl = "jdbc:h2:mem:laos-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private final String config;
    private final ConfigOverride[] overrides;
    // HTTP/1.1 only (as the run tests always had): by default the JDK client asks a cleartext
    // server to upgrade to HTTP/2, adding Upgrade headers to requests whose exact headers the
    // run-path tests check.
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(REQUEST_WAIT).build();
    private DropwizardTestSupport<LaosConfiguration> support;

    /** LaOS with {@code config} (a classpath resource) and {@code overrides}, not started. */
    protected LaosTestApp(String config, List<ConfigOverride> overrides) {
        if (LaosTestApp.class.getClassLoader().getResource(config) == null) {
            throw new IllegalArgumentException("No config " + config + " on the classpath");
        }
        List<ConfigOverride> all = new ArrayList<>(overrides);
        all.add(ConfigOverride.config("database.url", jdbcUrl));
        this.config = config;
        this.overrides = all.toArray(ConfigOverride[]::new);
        support = newSupport();
    }

    private DropwizardTestSupport<LaosConfiguration> newSupport() {
        return new DropwizardTestSupport<>(LaosApplication.class, config, CLASSPATH, overrides);
    }

    /** Starts LaOS on a new database. */
    protected void begin() throws Exception {
        try {
            support.before();
        } catch (Exception | Error e) {
            // The overrides are system properties: a failed start must not leave them behind
            // for the next test's LaOS.
            try {
                support.after();
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /** Stops LaOS and starts it again on the same database (on a new port). */
    public void restart() throws Exception {
        close();
        support = newSupport();
        begin();
    }

    /** Starts LaOS with noauth and the noop engine, or with the overrides given. */
    public static LaosTestApp start(ConfigOverride... overrides) throws Exception {
        return withConfig(NOAUTH_CONFIG, overrides);
    }

    /** Starts LaOS from another config on the classpath, e.g. one of the caller's module. */
    public static LaosTestApp withConfig(String config, ConfigOverride... overrides)
            throws Exception {
        return started(new LaosTestApp(config, List.of(overrides)));
    }

    /** Starts LaOS in front of an IronFunctions-compatible server. */
    public static LaosTestApp withIronFunctions(String engineUrl, ConfigOverride... more)
            throws Exception {
        List<ConfigOverride> all = new ArrayList<>(List.of(more));
        all.add(ConfigOverride.config("driver.type", "ironfunctions"));
        all.add(ConfigOverride.config("driver.url", engineUrl));
        return started(new LaosTestApp(NOAUTH_CONFIG, all));
    }

    /** Starts LaOS validating tokens at the Keystone at {@code keystoneUrl} (a v3 URL). */
    public static LaosTestApp withKeystone(String keystoneUrl, String serviceUser,
                                           String servicePassword, ConfigOverride... more)
            throws Exception {
        return started(new LaosTestApp(KEYSTONE_CONFIG,
                keystone(keystoneUrl, serviceUser, servicePassword, more)));
    }

    /**
     * LaOS with {@code config} (e.g. {@link #NOAUTH_CONFIG}) for a static
     * {@code @RegisterExtension} field: JUnit starts it before the test class and closes it
     * after.
     */
    public static LaosTestApp perClass(String config, ConfigOverride... overrides) {
        return new LaosTestApp(config, List.of(overrides));
    }

    protected static <T extends LaosTestApp> T started(T app) throws Exception {
        app.begin();
        return app;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        begin();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** The overrides that point {@link #KEYSTONE_CONFIG} at a Keystone, then {@code more}. */
    protected static List<ConfigOverride> keystone(String keystoneUrl, String serviceUser,
                                                   String servicePassword,
                                                   ConfigOverride... more) {
        List<ConfigOverride> all = new ArrayList<>(List.of(more));
        all.add(ConfigOverride.config("auth.url", keystoneUrl));
        all.add(ConfigOverride.config("auth.serviceUser.name", serviceUser));
        all.add(ConfigOverride.config("auth.serviceUser.password", servicePassword));
        return all;
    }

    /** The root URL, e.g. {@code http://127.0.0.1:41234}. */
    public String url() {
        return "http://127.0.0.1:" + support.getLocalPort();
    }

    public String url(String path) {
        return url() + path;
    }

    /** The application port, for requests written by hand ({@link RawHttp}). */
    public int port() {
        return support.getLocalPort();
    }

    /** Direct database access (DAOs included), to check what was (not) written or to plant. */
    public Jdbi jdbi() {
        return Jdbi.create(jdbcUrl, "sa", "").installPlugin(new SqlObjectPlugin());
    }

    public int countRows(String table) {
        return jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table)
                .mapTo(Integer.class).one());
    }

    public Response get(String path) {
        return send(request("GET", path, null, null));
    }

    public Response delete(String path) {
        return send(request("DELETE", path, null, null));
    }

    /** POSTs JSON written with single quotes for readability (they become double quotes). */
    public Response post(String path, String json) {
        return send(request("POST", path, json.replace('\'', '"'), "application/json"));
    }

    public Response patch(String path, String json) {
        return send(request("PATCH", path, json.replace('\'', '"'), "application/json"));
    }

    public Response put(String path, String json) {
        return send(request("PUT", path, json.replace('\'', '"'), "application/json"));
    }

    /** Serialises {@code body} with Jackson and sends it as JSON. */
    public Response sendJson(String method, String path, Object body) {
        try {
            return send(request(method, path, JSON.writeValueAsString(body), "application/json"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A request to {@code path} (with its query), a GET unless told otherwise. */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(url(path)));
    }

    /** A request to {@code path}; {@code body} and {@code contentType} may be null. */
    public HttpRequest.Builder request(String method, String path, String body,
                                       String contentType) {
        HttpRequest.Builder b = request(path);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
    }

    /** Sends any request as it is (build it with {@link #request} to add headers). */
    public Response send(HttpRequest.Builder request) {
        return new Response(exchange(request, HttpResponse.BodyHandlers.ofString()));
    }

    /**
     * Sends any request and gives the answer as the client got it, its body as bytes: for
     * binary bodies and for the run path, whose answers are the function's, not LaOS's JSON.
     */
    public HttpResponse<byte[]> sendRaw(HttpRequest.Builder request) {
        return exchange(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A GET on the admin port (metrics, Prometheus export, health checks). */
    public Response admin(String path) {
        return send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + support.getAdminPort() + path)));
    }

    /**
     * A call of the API with a JSON {@code body} (may be null): fails unless it answers
     * {@code expected}, and gives the answer's JSON.
     */
    public JsonNode json(String method, String path, String body, int expected) {
        HttpResponse<byte[]> r = sendRaw(request(method, path, body, "application/json"));
        assertThat(r.statusCode()).as(method + " " + path + ": " + utf8(r.body()))
                .isEqualTo(expected);
        return parse(r.body());
    }

    /** Creates the app (unless it exists) and a route, given as JSON without the envelope. */
    public void route(String project, String app, String routeJson) {
        HttpResponse<byte[]> r = sendRaw(request("POST", "/v1/" + project + "/apps",
                "{\"app\":{\"name\":\"" + app + "\"}}", "application/json"));
        assertThat(r.statusCode()).isIn(201, 409);
        json("POST", "/v1/" + project + "/apps/" + app + "/routes",
                "{\"route\":" + routeJson + "}", 201);
    }

    /** Asserts a status, showing the request and the body when it is not the one expected. */
    public static void expect(HttpResponse<byte[]> r, int status) {
        assertThat(r.statusCode()).as(r.request().method() + " " + r.uri() + " answered "
                + utf8(r.body())).isEqualTo(status);
    }

    /** A body as JSON. */
    public static JsonNode parse(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + utf8(body), e);
        }
    }

    private static String utf8(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }

    private <T> HttpResponse<T> exchange(HttpRequest.Builder request,
                                         HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request.timeout(REQUEST_WAIT).build(), body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpClient http() {
        return http;
    }

    /** Waits until every async call so far has finished and every call record is written. */
    public void settle() throws InterruptedException {
        if (!managed(AsyncRunner.class).awaitIdle(SETTLE_WAIT)
                || !managed(CallRecorder.class).flush(SETTLE_WAIT)) {
            throw new AssertionError("LaOS did not settle within " + SETTLE_WAIT);
        }
    }

    /** The running application's environment (its Jersey resources, say). */
    public Environment environment() {
        return support.getEnvironment();
    }

    /** The application's metrics (the admin port's {@code /metrics}). */
    public MetricRegistry metrics() {
        return environment().metrics();
    }

    private <T> T managed(Class<T> type) {
        for (LifeCycle lc : environment().lifecycle().getManagedObjects()) {
            if (lc instanceof JettyManaged jm && type.isInstance(jm.getManaged())) {
                return type.cast(jm.getManaged());
            }
        }
        throw new IllegalStateException("LaOS manages no " + type.getSimpleName());
    }

    /** Stops LaOS; its database stays, for {@link #jdbi} and {@link #restart}. */
    @Override
    public void close() {
        support.after();
    }

    /** A response with its body parsed as JSON when it is JSON. */
    public record Response(HttpResponse<String> raw) {
        public int status() {
            return raw.statusCode();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String text() {
            return raw.body();
        }

        public JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + raw.body(), e);
            }
        }

        @Override
        public String toString() {
            return raw.statusCode() + " " + raw.body();
        }
    }
}
