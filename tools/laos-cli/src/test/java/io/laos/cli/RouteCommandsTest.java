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
package io.laos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.laos.api.testing.LaosTestApp;
import io.laos.cli.testing.Cli;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class RouteCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final LaosTestApp laos = LaosTestApp.perClass(LaosTestApp.NOAUTH_CONFIG);

    @TempDir
    Path tmp;
    private Cli cli;

    @BeforeEach
    void client() {
        cli = Cli.noauth(tmp, laos, "p" + UUID.randomUUID().toString().replace("-", ""));
        assertThat(cli.run("app", "create", "app").status()).isZero();
    }

    private JsonNode json(Cli.Result r) throws Exception {
        assertThat(r.status()).as(r.toString()).isZero();
        return JSON.readTree(r.stdout());
    }

    @Test
    void createTakesEveryRouteField() throws Exception {
        JsonNode route = json(cli.run("route", "create", "app", "/hello", "--image", "img:1",
                "--type", "async", "--format", "http", "--memory", "256", "--timeout", "10",
                "--idle-timeout", "20", "--max-concurrency", "3", "--header", "X-A: 1",
                "--header", "X-A:2", "--header", "X-B:b", "--config", "K=V", "--public",
                "-f", "json"));

        assertThat(route.path("path").asText()).isEqualTo("/hello");
        assertThat(route.path("image").asText()).isEqualTo("img:1");
        assertThat(route.path("type").asText()).isEqualTo("async");
        assertThat(route.path("format").asText()).isEqualTo("http");
        assertThat(route.path("memory").asInt()).isEqualTo(256);
        assertThat(route.path("timeout").asInt()).isEqualTo(10);
        assertThat(route.path("idle_timeout").asInt()).isEqualTo(20);
        assertThat(route.path("max_concurrency").asInt()).isEqualTo(3);
        assertThat(route.path("headers").toString())
                .isEqualTo("{\"X-A\":[\"1\",\"2\"],\"X-B\":[\"b\"]}");
        assertThat(route.path("config").toString()).isEqualTo("{\"K\":\"V\"}");
        assertThat(route.path("is_public").asBoolean()).isTrue();
    }

    @Test
    void defaultsAreTheServers() throws Exception {
        JsonNode route = json(cli.run("route", "create", "app", "plain", "--image", "i",
                "-f", "json"));

        assertThat(route.path("path").asText()).isEqualTo("/plain");
        assertThat(route.path("type").asText()).isEqualTo("sync");
        assertThat(route.path("memory").asInt()).isEqualTo(128);
        assertThat(route.path("is_public").asBoolean()).isFalse();
    }

    @Test
    void updateChangesOnlyWhatIsGivenAndMergesHeaders() throws Exception {
        cli.run("route", "create", "app", "/u", "--image", "i", "--memory", "512", "--header",
                "X-A:1", "--header", "X-B:b", "--config", "K=V", "--config", "L=1", "--public");

        JsonNode route = json(cli.run("route", "update", "app", "/u", "--header", "X-C:c",
                "--unset-header", "x-a", "--unset-config", "K", "--config", "L=2", "--private",
                "--memory", "0", "--timeout", "5", "-f", "json"));

        assertThat(route.path("image").asText()).isEqualTo("i");
        assertThat(route.path("headers").toString())
                .isEqualTo("{\"X-B\":[\"b\"],\"X-C\":[\"c\"]}");
        assertThat(route.path("config").toString()).isEqualTo("{\"L\":\"2\"}");
        assertThat(route.path("is_public").asBoolean()).isFalse();
        assertThat(route.path("memory").asInt()).isEqualTo(128); // 0: back to the default
        assertThat(route.path("timeout").asInt()).isEqualTo(5);

        JsonNode image = json(cli.run("route", "update", "app", "u", "--image", "j:2",
                "-f", "json"));
        assertThat(image.path("image").asText()).isEqualTo("j:2");
        assertThat(image.path("headers").toString()).contains("X-C");
    }

    @Test
    void showListAndDelete() {
        cli.run("route", "create", "app", "/a/b", "--image", "deep");
        cli.run("route", "create", "app", "/c", "--image", "flat", "--public");

        assertThat(cli.run("route", "show", "app", "a/b", "-f", "value", "-c", "image")
                .stdout()).isEqualTo("deep\n");
        assertThat(cli.run("route", "list", "app", "-f", "value").stdout())
                .isEqualTo("/a/b deep sync false\n/c flat sync true\n");
        assertThat(cli.run("route", "list", "app", "--long", "--max-width", "0").stdout())
                .contains("Max Concurrency").contains("Idle Timeout");

        Cli.Result deleted = cli.run("route", "delete", "app", "/a/b", "c");
        assertThat(deleted.status()).as(deleted.toString()).isZero();
        assertThat(cli.run("route", "list", "app", "-f", "value").stdout()).isEmpty();

        Cli.Result gone = cli.run("route", "show", "app", "/c");
        assertThat(gone.status()).isEqualTo(1);
        assertThat(gone.stderr()).contains("(HTTP 404, request ");
    }

    @Test
    void createNeedsAnImage() {
        Cli.Result r = cli.run("route", "create", "app", "/x");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.stderr()).contains("usage: laos route create").contains("--image");
    }

    @Test
    void publicAndPrivateExcludeEachOther() {
        Cli.Result r = cli.run("route", "create", "app", "/x", "--image", "i", "--public",
                "--private");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.stderr()).contains("not allowed with argument");
    }

    @Test
    void badChoicesAndNumbersAreUsageErrors() {
        assertThat(cli.run("route", "create", "app", "/x", "--image", "i", "--type", "later")
                .status()).isEqualTo(2);
        assertThat(cli.run("route", "create", "app", "/x", "--image", "i", "--memory", "lots")
                .status()).isEqualTo(2);
    }

    @Test
    void outOfRangeValuesAreTheServersErrors() {
        Cli.Result r = cli.run("route", "create", "app", "/x", "--image", "i", "--memory",
                "999999");

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.stderr()).contains("memory").contains("(HTTP 400");
    }
}
