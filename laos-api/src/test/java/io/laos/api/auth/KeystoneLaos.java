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
package io.laos.api.auth;

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
import java.util.List;
import java.util.UUID;

/**
 * The real LaOS application with {@code auth.type: keystone} against a given Keystone, on a
 * loopback port with its own in-memory database; requests carry the token a test chooses.
 */
public final class KeystoneLaos implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DropwizardTestSupport<LaosConfiguration> support;
    private final HttpClient http = HttpClient.newHttpClient();

    private KeystoneLaos(List<ConfigOverride> overrides) {
        support = new DropwizardTestSupport<>(LaosApplication.class,
                ResourceHelpers.resourceFilePath("auth/laos-keystone-test.yml"),
                overrides.toArray(ConfigOverride[]::new));
    }

    /** Starts LaOS against the Keystone at {@code keystoneUrl} (a v3 URL). */
    public static KeystoneLaos start(String keystoneUrl, String serviceUser,
                                     String servicePassword, ConfigOverride... more)
            throws Exception {
        List<ConfigOverride> all = new ArrayList<>(List.of(more));
        all.add(ConfigOverride.config("database.url",
                "jdbc:h2:mem:laos-auth-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
        all.add(ConfigOverride.config("auth.url", keystoneUrl));
        all.add(ConfigOverride.config("auth.serviceUser.name", serviceUser));
        all.add(ConfigOverride.config("auth.serviceUser.password", servicePassword));
        KeystoneLaos laos = new KeystoneLaos(all);
        laos.support.before();
        return laos;
    }

    /** Sends a request; {@code token} and {@code body} may be null. */
    public Response send(String method, String path, String token, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + support.getLocalPort() + path));
        if (token != null) {
            b.header("X-Auth-Token", token);
        }
        if (body != null) {
            b.header("Content-Type", "application/json");
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

    @Override
    public void close() {
        support.after();
    }

    /** A response, its body parsed as JSON on demand. */
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
