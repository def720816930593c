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
package io.laos.api.resources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.laos.api.testing.LaosTestApp;
import io.laos.api.testing.LaosTestApp.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The routes API on the real application (noop engine). */
class RoutesApiTest {
    @RegisterExtension
    static final LaosTestApp laos = LaosTestApp.perClass(LaosTestApp.NOAUTH_CONFIG);

    String base;

    @BeforeEach
    void app() {
        String p = UUID.randomUUID().toString().replace("-", "");
        laos.post("/v1/" + p + "/apps", "{'name': 'app'}");
        base = "/v1/" + p + "/apps/app/routes";
    }

    @Test
    void createsWithIronFunctionsDefaults() {
        Response created = laos.post(base, "{'route': {'path': '/hello', 'image': 'iron/hello'}}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith(base + "/hello");
        JsonNode r = created.json().get("route");
        assertThat(r.get("path").asText()).isEqualTo("/hello");
        assertThat(r.get("app_name").asText()).isEqualTo("app");
        assertThat(r.get("memory").asInt()).isEqualTo(128);
        assertThat(r.get("timeout").asInt()).isEqualTo(30);
        assertThat(r.get("idle_timeout").asInt()).isEqualTo(30);
        assertThat(r.get("max_concurrency").asInt()).isEqualTo(1);
        assertThat(r.get("type").asText()).isEqualTo("sync");
        assertThat(r.get("format").asText()).isEqualTo("default");
        assertThat(r.get("is_public").isBoolean()).isTrue();
        assertThat(r.get("is_public").asBoolean()).isFalse();
        assertThat(laos.get(base + "/hello").json().get("route")).isEqualTo(r);
    }

    @Test
    void multiSegmentPathsAreNormalisedOnceAndReachableEveryWay() {
        Response created = laos.post(base, "{'path': 'a//b/', 'image': 'i', 'is_public': 'true'}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("route").get("path").asText()).isEqualTo("/a/b");
        assertThat(created.json().get("route").get("is_public").asBoolean()).isTrue();

        assertThat(laos.get(base + "/a/b").status()).isEqualTo(200);
        assertThat(laos.get(base + "/a/b/").status()).isEqualTo(200);
        assertThat(laos.patch(base + "/a/b", "{'memory': 256}").json().get("route")
                .get("memory").asInt()).isEqualTo(256);
        assertThat(laos.post(base, "{'path': '/a/b', 'image': 'j'}").status()).isEqualTo(409);
        assertThat(laos.delete(base + "/a/b").json().get("message").asText())
                .isEqualTo("Route deleted");
        assertThat(laos.get(base + "/a/b").status()).isEqualTo(404);
    }

    @Test
    void everyFieldIsSettableIncludingBackToDefaults() {
        laos.post(base, "{'path': '/r', 'image': 'i'}");
        Response changed = laos.patch(base + "/r", "{'route': {'image': 'j:2', 'type': 'async',"
                + " 'format': 'http', 'memory': 512, 'timeout': 90, 'idle_timeout': 5,"
                + " 'max_concurrency': 4, 'headers': {'X-A': ['1']}, 'config': {'K': 'v'},"
                + " 'is_public': true}}");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        JsonNode r = changed.json().get("route");
        assertThat(r.get("image").asText()).isEqualTo("j:2");
        assertThat(r.get("type").asText()).isEqualTo("async");
        assertThat(r.get("headers").get("X-A").get(0).asText()).isEqualTo("1");

        Response reset = laos.put(base + "/r", "{'type': null, 'format': null, 'memory': null,"
                + " 'timeout': 0, 'idle_timeout': null, 'max_concurrency': null,"
                + " 'headers': null, 'config': null, 'is_public': false}");
        assertThat(reset.status()).isEqualTo(200);
        JsonNode d = laos.get(base + "/r").json().get("route");
        assertThat(d.get("type").asText()).isEqualTo("sync");
        assertThat(d.get("format").asText()).isEqualTo("default");
        assertThat(d.get("memory").asInt()).isEqualTo(128);
        assertThat(d.get("timeout").asInt()).isEqualTo(30);
        assertThat(d.get("idle_timeout").asInt()).isEqualTo(30);
        assertThat(d.get("max_concurrency").asInt()).isEqualTo(1);
        assertThat(d.get("headers").size()).isZero();
        assertThat(d.get("config").size()).isZero();
        assertThat(d.get("is_public").asBoolean()).isFalse();
        assertThat(d.get("image").asText()).isEqualTo("j:2");
    }

    @Test
    void thePathIsImmutable() {
        laos.post(base, "{'path': '/r', 'image': 'i'}");
        Response r = laos.patch(base + "/r", "{'route': {'path': '/other'}}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error").get("field").asText()).isEqualTo("path");
        assertThat(laos.patch(base + "/r", "{'route': {'path': '/r', 'memory': 64}}").status())
                .isEqualTo(200);
    }

    @Test
    void badRoutesAreRefusedBeforeAnythingIsWritten() {
        int before = laos.countRows("routes");
        for (String body : List.of("{'path': '/a'}", "{'image': 'i'}",
                "{'path': '/a/../b', 'image': 'i'}", "{'path': '/:id', 'image': 'i'}",
                "{'path': '/a', 'image': 'i', 'type': 'bogus'}",
                "{'path': '/a', 'image': 'i', 'memory': -1}")) {
            Response r = laos.post(base, body);
            assertThat(r.status()).as(body).isEqualTo(400);
            assertThat(r.json().get("error").has("field")).isTrue();
        }
        assertThat(laos.countRows("routes")).isEqualTo(before);
    }

    @Test
    void unknownAppsAndRoutesAre404() {
        String other = base.replace("/apps/app/", "/apps/nope/");
        assertThat(laos.get(other).status()).isEqualTo(404);
        assertThat(laos.post(other, "{'path': '/a', 'image': 'i'}").status()).isEqualTo(404);
        assertThat(laos.get(base + "/missing").status()).isEqualTo(404);
        assertThat(laos.patch(base + "/missing", "{'memory': 1}").status()).isEqualTo(404);
        assertThat(laos.delete(base + "/missing").status()).isEqualTo(404);
    }

    @Test
    void listsByPathInPages() {
        for (String p : List.of("/c", "/a", "/b/x", "/b")) {
            laos.post(base, "{'path': '" + p + "', 'image': 'i'}");
        }
        List<String> seen = new ArrayList<>();
        String next = base + "?limit=3";
        while (next != null) {
            JsonNode page = laos.get(next).json();
            page.get("routes").forEach(r -> seen.add(r.get("path").asText()));
            JsonNode link = page.get("links").get("next");
            next = link == null ? null : link.asText().replaceFirst("^http://[^/]+", "");
        }
        assertThat(seen).containsExactly("/a", "/b", "/b/x", "/c");
    }
}
