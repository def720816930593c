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
import io.laos.api.testing.LaosTestApp.Response;
import io.laos.api.testing.LaosTestApp;
import io.laos.api.testing.RawHttp;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The apps API on the real application (noop engine): statuses, shapes, validation. */
class AppsApiTest {
    @RegisterExtension
    static final LaosTestApp laos = LaosTestApp.perClass(LaosTestApp.NOAUTH_CONFIG);

    static String project() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    @Test
    void createsShowsAndListsAnApp() {
        String p = project();
        Response created = laos.post("/v1/" + p + "/apps",
                "{'app': {'name': 'hello', 'description': 'd', 'config': {'K': 'v'}}}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/v1/" + p + "/apps/hello");
        JsonNode app = created.json().get("app");
        assertThat(app.get("name").asText()).isEqualTo("hello");
        assertThat(app.get("project_id").asText()).isEqualTo(p);
        assertThat(app.get("config").get("K").asText()).isEqualTo("v");
        assertThat(app.get("created_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(app.has("engine_name")).isFalse();

        Response shown = laos.get("/v1/" + p + "/apps/hello");
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.json().get("app")).isEqualTo(app);
        assertThat(laos.get("/v1/" + p + "/apps").json().get("apps")).containsExactly(app);
    }

    @Test
    void aNameIsUniqueInItsProjectOnly() {
        String p = project();
        assertThat(laos.post("/v1/" + p + "/apps", "{'name': 'dup'}").status()).isEqualTo(201);
        Response again = laos.post("/v1/" + p + "/apps", "{'name': 'dup'}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("error").get("message").asText()).contains("dup");
        assertThat(again.json().get("error").get("code").asInt()).isEqualTo(409);
        assertThat(laos.post("/v1/" + project() + "/apps", "{'name': 'dup'}").status())
                .isEqualTo(201);
    }

    @Test
    void listsInStablePagesWithANextLink() {
        String p = project();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            names.add("app" + i);
            laos.post("/v1/" + p + "/apps", "{'name': 'app" + (4 - i) + "'}");
        }
        List<String> seen = new ArrayList<>();
        String next = "/v1/" + p + "/apps?limit=2";
        while (next != null) {
            JsonNode page = laos.get(next).json();
            page.get("apps").forEach(a -> seen.add(a.get("name").asText()));
            JsonNode link = page.get("links").get("next");
            next = link == null ? null : link.asText().replaceFirst("^http://[^/]+", "");
        }
        assertThat(seen).isEqualTo(names);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "limit=0|limit", "limit=1001|limit", "limit=x|limit", "sort=name|sort"})
    void refusesBadListParametersNamingThem(String query, String field) {
        Response r = laos.get("/v1/" + project() + "/apps?" + query);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error").get("field").asText()).isEqualTo(field);
    }

    @Test
    void patchMergesConfigAndPutMeansTheSame() {
        String p = project();
        laos.post("/v1/" + p + "/apps", "{'name': 'a', 'config': {'A': '1', 'B': '2'}}");

        Response patched = laos.patch("/v1/" + p + "/apps/a",
                "{'app': {'config': {'A': '', 'C': '3'}, 'description': 'new'}}");
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().get("app").get("config").toString())
                .isEqualTo("{\"B\":\"2\",\"C\":\"3\"}");
        assertThat(patched.json().get("app").get("description").asText()).isEqualTo("new");

        Response put = laos.put("/v1/" + p + "/apps/a", "{'config': {'B': 'x'}}");
        assertThat(put.status()).isEqualTo(200);
        assertThat(laos.get("/v1/" + p + "/apps/a").json().get("app").get("config").toString())
                .isEqualTo("{\"B\":\"x\",\"C\":\"3\"}");
        assertThat(laos.patch("/v1/" + p + "/apps/a", "{'app': {'name': 'b'}}").status())
                .isEqualTo(400);
    }

    /** Parallel PATCHes of one app lose nothing: every key whose PATCH answered 200 stays. */
    @Test
    void parallelPatchesOfOneAppKeepEveryAnsweredChange() throws Exception {
        String p = project();
        laos.post("/v1/" + p + "/apps", "{'name': 'busy'}");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch go = new CountDownLatch(1);
        Map<String, Future<Integer>> statuses = new TreeMap<>();
        for (int i = 0; i < 20; i++) {
            String key = "K" + i;
            statuses.put(key, pool.submit(() -> {
                go.await();
                return laos.patch("/v1/" + p + "/apps/busy",
                        "{'config': {'" + key + "': 'v'}}").status();
            }));
        }
        go.countDown();
        List<String> answered = new ArrayList<>();
        for (Map.Entry<String, Future<Integer>> e : statuses.entrySet()) {
            int status = e.getValue().get(60, TimeUnit.SECONDS);
            assertThat(status).as(e.getKey()).isIn(200, 409);
            if (status == 200) {
                answered.add(e.getKey());
            }
        }
        pool.shutdown();

        JsonNode config = laos.get("/v1/" + p + "/apps/busy").json().get("app").get("config");
        List<String> stored = new ArrayList<>();
        config.fieldNames().forEachRemaining(stored::add);
        assertThat(stored).containsExactlyInAnyOrderElementsOf(answered).isNotEmpty();
    }

    @Test
    void deleteAnswersJsonAndRefusesAppsWithRoutesUnlessCascaded() {
        String p = project();
        laos.post("/v1/" + p + "/apps", "{'name': 'a'}");
        laos.post("/v1/" + p + "/apps/a/routes", "{'route': {'path': '/r', 'image': 'i'}}");

        Response refused = laos.delete("/v1/" + p + "/apps/a");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("error").get("message").asText()).contains("cascade");
        assertThat(laos.get("/v1/" + p + "/apps/a").status()).isEqualTo(200);

        Response deleted = laos.delete("/v1/" + p + "/apps/a?cascade=true");
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().get("message").asText()).isEqualTo("App deleted");
        assertThat(laos.get("/v1/" + p + "/apps/a").status()).isEqualTo(404);
        assertThat(laos.delete("/v1/" + p + "/apps/a").status()).isEqualTo(404);
    }

    @Test
    void storesSqlMetacharactersAndUnicodeExactly() {
        String p = project();
        String tricky = "'; DROP TABLE apps; -- \\ \" % _ ünïcødé 😀 日本 \u0001";
        Response created = laos.sendJson("POST", "/v1/" + p + "/apps", Map.of("app",
                Map.of("name", "x.y-z_1", "description", tricky, "config", Map.of("Q", tricky))));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode app = laos.get("/v1/" + p + "/apps/x.y-z_1").json().get("app");
        assertThat(app.get("description").asText()).isEqualTo(tricky);
        assertThat(app.get("config").get("Q").asText()).isEqualTo(tricky);
        assertThat(laos.get("/v1/" + p + "/apps").json().get("apps")).hasSize(1);
    }

    @Test
    void theLongestDescriptionIsStoredAndOneCharacterMoreIsRefused() {
        String p = project();
        String longest = "😀".repeat(1024);
        Response created = laos.sendJson("POST", "/v1/" + p + "/apps",
                Map.of("name", "long", "description", longest));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(laos.get("/v1/" + p + "/apps/long").json().get("app").get("description")
                .asText()).isEqualTo(longest);

        Response tooLong = laos.sendJson("PATCH", "/v1/" + p + "/apps/long",
                Map.of("description", longest + "x"));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("error").get("field").asText()).isEqualTo("description");
    }

    @Test
    void projectIdsLongerThanKeystoneMakesAreRefusedNotAnInternalError() {
        String longest = "p".repeat(64);
        assertThat(laos.post("/v1/" + longest + "/apps", "{'name': 'a'}").status())
                .isEqualTo(201);

        int before = laos.countRows("apps");
        Response r = laos.post("/v1/" + longest + "x/apps", "{'name': 'a'}");
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.json().get("error").get("field").asText()).isEqualTo("project_id");
        assertThat(laos.countRows("apps")).isEqualTo(before);
    }

    @Test
    void badInputIsRefusedBeforeAnythingIsWritten() {
        String p = project();
        int before = laos.countRows("apps");
        for (String body : List.of("{'name': '-bad'}", "{'name': 'a', 'config': {'K': 1}}",
                "{'name': 'a', 'extra': 1}", "{}", "[]", "null")) {
            Response r = laos.post("/v1/" + p + "/apps", body);
            assertThat(r.status()).as(body).isEqualTo(400);
            assertThat(r.json().get("error").get("message").asText()).isNotBlank();
        }
        assertThat(laos.countRows("apps")).isEqualTo(before);
    }

    @Test
    void nonJsonBodiesAre415AndMalformedJson400() {
        String p = project();
        Response form = laos.send(laos.request("POST", "/v1/" + p + "/apps", "name=a",
                "application/x-www-form-urlencoded"));
        assertThat(form.status()).isEqualTo(415);
        assertThat(form.json().get("error").get("code").asInt()).isEqualTo(415);

        Response broken = laos.post("/v1/" + p + "/apps", "{'name': ");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().get("error").get("message").asText()).contains("not valid JSON");
    }

    @Test
    void bodiesOverOneMebibyteAre413() {
        String big = "{'name': 'a', 'description': '" + "x".repeat(1024 * 1024) + "'}";
        Response r = laos.post("/v1/" + project() + "/apps", big);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.json().get("error").get("code").asInt()).isEqualTo(413);
    }

    @Test
    void aTooLargeBodyIsDroppedAndTheConnectionStaysUsable() throws Exception {
        int length = 1024 * 1024 + 1;
        String answer = RawHttp.exchange(URI.create(laos.url()).getPort(), "POST /v1/"
                + project() + "/apps HTTP/1.1\r\nHost: laos\r\nContent-Type: application/json"
                + "\r\nContent-Length: " + length + "\r\n\r\n" + "x".repeat(length)
                + "GET / HTTP/1.1\r\nHost: laos\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 413 ").contains("HTTP/1.1 200 ");
    }

    @Test
    void everyResponseCarriesARequestIdAndErrorsAreJson() {
        for (Response r : List.of(laos.get("/"), laos.get("/nope"),
                laos.get("/v1/" + project() + "/apps/missing"),
                laos.post("/", "{}"))) {
            assertThat(r.header("x-openstack-request-id")).as(r.toString())
                    .matches("req-[0-9a-f-]{36}");
            if (r.status() >= 400) {
                assertThat(r.json().get("error").get("request_id").asText())
                        .isEqualTo(r.header("x-openstack-request-id"));
                assertThat(r.text()).doesNotContain("Exception").doesNotContain("\tat ");
            }
        }
        assertThat(laos.post("/", "{}").status()).isEqualTo(405);
    }

    @Test
    void versionDiscoveryNeedsNoToken() {
        for (String path : List.of("/", "/v1")) {
            JsonNode v = laos.get(path).json().get("versions").get(0);
            assertThat(v.get("id").asText()).isEqualTo("v1.0");
            assertThat(v.get("status").asText()).isEqualTo("CURRENT");
            assertThat(v.get("links").toString()).contains("/v1/");
        }
    }
}
