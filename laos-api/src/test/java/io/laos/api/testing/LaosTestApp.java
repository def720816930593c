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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * The real LaOS application on a real loopback port, with its own in-memory H2 database, for
 * API tests. Requests go through the JDK HTTP client, as any client's would.
 */
public final class LaosTestApp implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DropwizardTestSupport<LaosConfiguration> support;
    private final String jdbcUrl;
    private final HttpClient http = HttpClient.newHttpClient();

    private LaosTestApp(String jdbcUrl, ConfigOverride... overrides) {
        this.jdbcUrl = jdbcUrl;
        List<ConfigOverride> all = new ArrayList<>(Arrays.asList(overrides));
        all.add(ConfigOverride.config("database.url", jdbcUrl));
        support = new DropwizardTestSupport<>(LaosApplication.class,
                ResourceHelpers.resourceFilePath("api/laos-test.yml"),
                all.toArray(ConfigOverride[]::new));
    }

    /** Starts LaOS with the noop engine, or with the overrides given (e.g. another driver). */
    public static LaosTestApp start(ConfigOverride... overrides) throws Exception {
        String url = "jdbc:h2:mem:laos-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        LaosTestApp app = new LaosTestApp(url, overrides);
        app.support.before();
        return app;
    }

    /** Starts LaOS in front of an IronFunctions-compatible server. */
    public static LaosTestApp withIronFunctions(String engineUrl, ConfigOverride... more)
            throws Exception {
        List<ConfigOverride> all = new ArrayList<>(Arrays.asList(more));
        all.add(ConfigOverride.config("driver.type", "ironfunctions"));
        all.add(ConfigOverride.config("driver.url", engineUrl));
        return start(all.toArray(ConfigOverride[]::new));
    }

    public String url(String path) {
        return "http://127.0.0.1:" + support.getLocalPort() + path;
    }

    /** Direct database access, to check what was (not) written. */
    public Jdbi jdbi() {
        return Jdbi.create(jdbcUrl, "sa", "");
    }

    public int countRows(String table) {
        return jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table)
                .mapTo(Integer.class).one());
    }

    public Response get(String path) {
        return send("GET", path, null, null);
    }

    public Response delete(String path) {
        return send("DELETE", path, null, null);
    }

    /** POSTs JSON written with single quotes for readability (they become double quotes). */
    public Response post(String path, String json) {
        return send("POST", path, json.replace('\'', '"'), "application/json");
    }

    public Response patch(String path, String json) {
        return send("PATCH", path, json.replace('\'', '"'), "application/json");
    }

    public Response put(String path, String json) {
        return send("PUT", path, json.replace('\'', '"'), "application/json");
    }

    /** Serialises {@code body} with Jackson and sends it as JSON. */
    public Response sendJson(String method, String path, Object body) {
        try {
            return send(method, path, JSON.writeValueAsString(body), "application/json");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends any request as it is; {@code body} may be null. */
    public Response send(String method, String path, String body, String contentType) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        try {
            return new Response(http.send(b.build(), HttpResponse.BodyHandlers.ofString()));
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
