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
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code laos call ...} and {@code laos usage} after a few runs on the local engine. */
class CallsAndUsageTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final LaosTestApp laos = LaosTestApp.perClass("cli/laos-local.yml");

    private static Path root;
    private static Cli cli;

    @BeforeAll
    static void runSome() throws Exception {
        root = Files.createTempDirectory("laos-cli-calls");
        cli = Cli.noauth(root, laos, "calls-project");
        ok(cli.run("app", "create", "app"));
        ok(cli.run("app", "create", "other"));
        ok(cli.run("route", "create", "app", "/cat", "--image", "test/cat"));
        ok(cli.run("route", "create", "app", "/logs", "--image", "test/logs"));
        ok(cli.run("route", "create", "other", "/fail", "--image", "test/fail"));
        ok(cli.run("run", "app", "/cat", "--data", "1"));
        ok(cli.run("run", "app", "/cat", "--data", "2"));
        ok(cli.run("run", "app", "/logs", "--data", "3"));
        assertThat(cli.run("run", "other", "/fail").status()).isEqualTo(1);
        laos.settle();
    }

    private static void ok(Cli.Result r) {
        assertThat(r.status()).as(r.toString()).isZero();
    }

    private static JsonNode json(String... args) throws Exception {
        Cli.Result r = cli.run(args);
        ok(r);
        return JSON.readTree(r.stdout());
    }

    @Test
    void listsEveryCallAndFilters() throws Exception {
        JsonNode all = json("call", "list", "-f", "json");
        assertThat(all).hasSize(4);
        assertThat(all.get(0).fieldNames()).toIterable().containsExactly("ID", "App", "Path",
                "Status", "Created At");

        assertThat(json("call", "list", "--app", "app", "-f", "json")).hasSize(3);
        assertThat(json("call", "list", "--route", "/cat", "-f", "json")).hasSize(2);
        JsonNode failed = json("call", "list", "--status", "error", "-f", "json");
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).path("App").asText()).isEqualTo("other");
        assertThat(json("call", "list", "--limit", "2", "-f", "json")).hasSize(2);
        assertThat(json("call", "list", "--since", "2000-01-01", "--until", "2000-01-02",
                "-f", "json")).isEmpty();
        JsonNode longRow = json("call", "list", "--long", "-f", "json").get(0);
        assertThat(longRow.has("Error")).isTrue();
        assertThat(longRow.path("HTTP Status").isNumber()).isTrue();
    }

    @Test
    void showsACallAndItsLog() throws Exception {
        String id = cli.run("call", "list", "--route", "/logs", "-f", "value", "-c", "ID")
                .stdout().strip();

        JsonNode call = json("call", "show", id, "-f", "json");
        assertThat(call.path("id").asText()).isEqualTo(id);
        assertThat(call.path("app_name").asText()).isEqualTo("app");
        assertThat(call.path("path").asText()).isEqualTo("/logs");
        assertThat(call.path("status").asText()).isEqualTo("success");

        Cli.Result log = cli.run("call", "log", id);
        ok(log);
        assertThat(log.stdout()).isEqualTo("first log line\nsecond log line\n");
    }

    @Test
    void anUnknownCallIsTheServersError() {
        Cli.Result r = cli.run("call", "show", "no-such-call");

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.stderr()).startsWith("Error: ").contains("(HTTP 404");
    }

    @Test
    void aBadTimeIsTheServersError() {
        Cli.Result r = cli.run("call", "list", "--since", "yesterday");

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.stderr()).contains("'since' must be an ISO-8601 time").contains("HTTP 400");
    }

    @Test
    void usageHasARowPerRoute() throws Exception {
        JsonNode rows = json("usage", "-f", "json");

        assertThat(rows).hasSize(3);
        JsonNode cat = null;
        for (JsonNode row : rows) {
            if (row.path("Path").asText().equals("/cat")) {
                cat = row;
            }
        }
        assertThat(cat).isNotNull();
        assertThat(cat.path("App").asText()).isEqualTo("app");
        assertThat(cat.path("Calls").asInt()).isEqualTo(2);
        assertThat(cat.path("Success").asInt()).isEqualTo(2);
        assertThat(cat.path("Duration (ms)").isNumber()).isTrue();
    }

    @Test
    void usageTotals() throws Exception {
        JsonNode totals = json("usage", "--total", "-f", "json");

        assertThat(totals.path("project_id").asText()).isEqualTo("calls-project");
        assertThat(totals.path("calls").asInt()).isEqualTo(4);
        assertThat(totals.path("success").asInt()).isEqualTo(3);
        assertThat(totals.path("error").asInt()).isEqualTo(1);
        assertThat(totals.has("since")).isTrue();
        assertThat(totals.has("memory_mib_seconds")).isTrue();
    }

    @Test
    void usageAsATableNamesItsWindow() {
        Cli.Result r = cli.run("usage", "--since", "2000-01-01", "--until", "2000-02-01");

        ok(r);
        assertThat(r.stdout()).matches("(?s)Usage from 2000-01-01T00:00:00(\\.000)?Z to"
                + " 2000-02-01T00:00:00(\\.000)?Z:\n\\+-----.*");
    }
}
