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
package io.laos.api.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.health.HealthCheck;
import com.sun.net.httpserver.HttpServer;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KeystoneHealthCheckTest {
    private HttpServer keystone;
    private Client http;
    private volatile int status = 200;

    @BeforeEach
    void start() throws IOException {
        keystone = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                0);
        keystone.createContext("/v3", ex -> {
            byte[] body = "{\"version\": {\"id\": \"v3.14\", \"status\": \"stable\"}}"
                    .getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(status, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        keystone.start();
        http = ClientBuilder.newClient();
    }

    @AfterEach
    void stop() {
        http.close();
        keystone.stop(0);
    }

    @Test
    void healthyWhenKeystoneAnswersItsVersionDocument() {
        HealthCheck.Result result = check(url());

        assertThat(result.isHealthy()).as(result.getMessage()).isTrue();
        assertThat(result.getMessage()).contains(url());
    }

    @Test
    void unhealthyOnAnErrorOrNoAnswer() {
        status = 500;
        assertThat(check(url()).isHealthy()).isFalse();

        String url = url();
        keystone.stop(0);
        HealthCheck.Result down = check(url);
        assertThat(down.isHealthy()).isFalse();
        assertThat(down.getMessage()).startsWith("Keystone is unreachable");
    }

    private HealthCheck.Result check(String url) {
        return new KeystoneHealthCheck(new KeystoneProbe(http, url)).execute();
    }

    private String url() {
        return "http://127.0.0.1:" + keystone.getAddress().getPort() + "/v3";
    }
}
