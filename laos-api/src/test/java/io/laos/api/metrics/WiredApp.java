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
package io.laos.api.metrics;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import io.laos.api.LaosConfiguration;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The wired application on real ports, with a plain HTTP client for both connectors. */
public final class WiredApp implements AutoCloseable {
    private final DropwizardTestSupport<LaosConfiguration> support;
    private final HttpClient http = HttpClient.newHttpClient();

    private WiredApp(DropwizardTestSupport<LaosConfiguration> support) {
        this.support = support;
    }

    public static WiredApp start(ConfigOverride... overrides) throws Exception {
        List<ConfigOverride> all = new ArrayList<>(List.of(overrides));
        all.add(ConfigOverride.config("database.url",
                "jdbc:h2:mem:wired-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
        DropwizardTestSupport<LaosConfiguration> support = new DropwizardTestSupport<>(
                WiredLaosApplication.class, ResourceHelpers.resourceFilePath("api/laos-test.yml"),
                all.toArray(ConfigOverride[]::new));
        support.before();
        return new WiredApp(support);
    }

    public DropwizardTestSupport<LaosConfiguration> support() {
        return support;
    }

    public HttpResponse<String> get(String path) {
        return send("GET", support.getLocalPort(), path, null);
    }

    public HttpResponse<String> post(String path, String json) {
        return send("POST", support.getLocalPort(), path, json);
    }

    public HttpResponse<String> admin(String path) {
        return send("GET", support.getAdminPort(), path, null);
    }

    private HttpResponse<String> send(String method, int port, String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + path));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
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
}
