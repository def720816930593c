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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fake against ironfunctions/API.md, over plain HTTP: other tests trust it to behave like
 * the real server, quirks included.
 */
class FakeIronFunctionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VFL = "validation failure list:\n";

    private final HttpClient http = HttpClient.newHttpClient();
    private FakeIronFunctions engine;

    @BeforeEach
    void start() {
        engine = FakeIronFunctions.start();
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    @Test
    void appCreateAnswers200AndRefusesDuplicatesAndInvalidNamesWith500() throws Exception {
        HttpResponse<String> created = send("POST", "/v1/apps", "{\"app\":{\"name\":\"a1\"}}");
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(json(created).path("message").asText()).isEqualTo("App successfully created");
        assertThat(json(created).path("app").path("config").isNull()).isTrue();

        assertError(send("POST", "/v1/apps", "{\"app\":{\"name\":\"a1\"}}"), 409,
                "App already exists");
        assertError(send("POST", "/v1/apps", "{\"app\":{\"name\":\"Abc\"}}"), 500,
                VFL + "Invalid app name");
        assertError(send("POST", "/v1/apps", "{\"app\":{\"name\":\"a.b\"}}"), 500,
                VFL + "Invalid app name");
        assertError(send("POST", "/v1/apps", "{\"app\":{\"name\":\"" + "a".repeat(31) + "\"}}"),
                500, VFL + "App name must be 30 characters or less");
        assertError(send("POST", "/v1/apps", "{\"app\":{}}"), 500, VFL + "Missing app name");
        // The upper-case check is inverted in the server: 'Z' passes.
        assertThat(send("POST", "/v1/apps", "{\"app\":{\"name\":\"Zed\"}}").statusCode())
                .isEqualTo(200);
        assertError(send("POST", "/v1/apps", "{}"), 400, "Missing new application");
    }

    @Test
    void undecodableBodiesAre400InvalidJsonInPlainText() throws Exception {
        for (String body : List.of("", "not json", "{\"app\":{\"name\":1}}",
                "{\"app\":{\"name\":\"a\",\"config\":{\"k\":1}}}")) {
            HttpResponse<String> answer = send("POST", "/v1/apps", body);
            assertError(answer, 400, "Invalid JSON");
            assertThat(answer.headers().firstValue("Content-Type")).contains(
                    "text/plain; charset=utf-8");
        }
    }

    @Test
    void appPatchMergesConfigAndNameIsImmutable() throws Exception {
        send("POST", "/v1/apps",
                "{\"app\":{\"name\":\"a1\",\"config\":{\"A\":\"1\",\"B\":\"2\"}}}");

        HttpResponse<String> patched = send("PATCH", "/v1/apps/a1",
                "{\"app\":{\"config\":{\"B\":\"\",\"C\":\"3\"}}}");

        assertThat(patched.statusCode()).isEqualTo(200);
        assertThat(engine.apps().get("a1").config()).isEqualTo(Map.of("A", "1", "C", "3"));
        assertError(send("PATCH", "/v1/apps/a1", "{\"app\":{\"name\":\"a1\"}}"), 400,
                "Could not update app - name is immutable");
        assertError(send("PATCH", "/v1/apps/zz", "{\"app\":{}}"), 404, "App not found");
    }

    @Test
    void routeCreateValidatesAppliesDefaultsAndCreatesTheAppImplicitly() throws Exception {
        HttpResponse<String> created = send("POST", "/v1/apps/a1/routes",
                "{\"route\":{\"path\":\"/hello\",\"image\":\"echo\"}}");

        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(json(created).path("route").toString()).isEqualTo("{\"app_name\":\"a1\","
                + "\"path\":\"/hello\",\"image\":\"echo\",\"memory\":128,\"headers\":{},"
                + "\"type\":\"sync\",\"format\":\"default\",\"max_concurrency\":1,\"timeout\":30,"
                + "\"idle_timeout\":0,\"config\":{},\"jwt_key\":\"\"}");
        assertThat(engine.apps().get("a1").config()).isNull();
        assertError(send("POST", "/v1/apps/a1/routes",
                "{\"route\":{\"path\":\"/hello\",\"image\":\"echo\"}}"), 409,
                "Route already exists");
        assertError(send("POST", "/v1/apps/a1/routes",
                "{\"route\":{\"path\":\"/a/:id\",\"image\":\"echo\"}}"), 400,
                VFL + VFL + "Dynamic URL is not allowed");
        assertError(send("POST", "/v1/apps/a1/routes", "{\"route\":{\"format\":\"json\"}}"), 400,
                VFL + VFL + "Missing route Image\nMissing route Path\nInvalid Path format\n"
                        + "Invalid route Format");
        assertError(send("POST", "/v1/apps/a1/routes",
                "{\"route\":{\"path\":\"/m\",\"image\":\"echo\",\"memory\":-1}}"), 400,
                "Invalid JSON");
        assertError(send("POST", "/v1/apps/Bad.App/routes",
                "{\"route\":{\"path\":\"/m\",\"image\":\"echo\"}}"), 500, "Invalid app name");
    }

    @Test
    void routePatchAppendsHeadersCannotZeroNumbersAndCanonicalisesNames() throws Exception {
        send("POST", "/v1/apps/a1/routes", "{\"route\":{\"path\":\"/h\",\"image\":\"echo\","
                + "\"timeout\":60,\"headers\":{\"x-low\":[\"1\"]}}}");

        send("PATCH", "/v1/apps/a1/routes/h", "{\"route\":{\"headers\":{\"X-A\":[\"a\"]}}}");
        send("PATCH", "/v1/apps/a1/routes/h", "{\"route\":{\"headers\":{\"X-A\":[\"a\"]},"
                + "\"timeout\":0,\"config\":{\"K\":\"v\"}}}");
        send("PATCH", "/v1/apps/a1/routes/h", "{\"route\":{\"headers\":{\"x-low\":[]}}}");

        FakeRoute route = engine.routes("a1").get("/h");
        assertThat(route.headers()).isEqualTo(Map.of("X-A", List.of("a", "a"),
                "x-low", List.of("1")));
        assertThat(route.timeout()).isEqualTo(60);
        assertThat(route.config()).isEqualTo(Map.of("K", "v"));
        send("PATCH", "/v1/apps/a1/routes/h", "{\"route\":{\"headers\":{\"X-A\":[]}}}");
        assertThat(engine.routes("a1").get("/h").headers()).doesNotContainKey("X-A");
        assertError(send("PATCH", "/v1/apps/a1/routes/h", "{\"route\":{\"path\":\"/x\"}}"), 400,
                "Could not update route - path is immutable");
        assertError(send("PATCH", "/v1/apps/a1/routes/h", "{\"route\":{\"type\":\"later\"}}"),
                400, VFL + VFL + "Invalid route Type");
        assertError(send("PATCH", "/v1/apps/a1/routes/nope", "{\"route\":{}}"), 404,
                "Route not found");
    }

    @Test
    void deletesOfMissingObjectsDependOnTheDatastore() throws Exception {
        send("POST", "/v1/apps/a1/routes", "{\"route\":{\"path\":\"/h\",\"image\":\"echo\"}}");
        assertError(send("DELETE", "/v1/apps/a1", null), 400, "Cannot remove apps with routes");
        assertThat(send("DELETE", "/v1/apps/a1/routes/h", null).statusCode()).isEqualTo(200);
        assertThat(send("DELETE", "/v1/apps/a1", null).statusCode()).isEqualTo(200);

        // bolt
        assertError(send("DELETE", "/v1/apps/a1", null), 500, "bucket not found");
        assertThat(send("POST", "/v1/apps", "{\"app\":{\"name\":\"a2\"}}").statusCode())
                .isEqualTo(200);
        assertThat(send("DELETE", "/v1/apps/a2/routes/none", null).statusCode()).isEqualTo(200);
        assertError(send("DELETE", "/v1/apps/zz/routes/none", null), 404, "App not found");

        try (FakeIronFunctions sql = FakeIronFunctions.start(FakeIronFunctions.Datastore.SQL)) {
            assertThat(send(sql, "DELETE", "/v1/apps/zz", null).statusCode()).isEqualTo(200);
            assertError(send(sql, "DELETE", "/v1/apps/zz/routes/none", null), 500,
                    "Could not remove route from datastore");
            assertError(send(sql, "GET", "/v1/apps/zz/routes/none", null), 404,
                    "Route not found");
        }
    }

    @Test
    void listsAndUnknownPaths() throws Exception {
        engine.putRoute(FakeRoute.of("a1", "/a", "echo"));
        engine.putRoute(FakeRoute.of("a1", "/b", "fail"));

        assertThat(json(send("GET", "/v1/apps/a1/routes", null)).path("routes").findValuesAsText(
                "path")).containsExactly("/b", "/a");
        assertThat(json(send("GET", "/v1/apps/a1/routes?image=fail", null)).path("routes")
                .findValuesAsText("path")).containsExactly("/b");
        HttpResponse<String> none = send("GET", "/v1/apps/zz/routes", null);
        assertThat(none.statusCode()).isEqualTo(200);
        assertThat(json(none).path("routes").size()).isZero();
        assertThat(json(send("GET", "/v1/apps", null)).path("apps").findValuesAsText("name"))
                .containsExactly("a1");
        for (String[] unknown : new String[][] {{"PUT", "/v1/apps/a1"}, {"GET", "/v1/version"},
                {"GET", "/nowhere"}}) {
            HttpResponse<String> answer = send(unknown[0], unknown[1], null);
            assertThat(answer.statusCode()).isEqualTo(404);
            assertThat(answer.body()).isEqualTo("\"Not Found\"\n");
        }
        assertThat(json(send("GET", "/version", null)).path("version").asText())
                .isEqualTo("0.2.72");
        assertThatThrownBy(() -> send("GET", "/v1/routes", null)).isInstanceOf(IOException.class);
    }

    @Test
    void runsAnswerLikeSyncAndAsyncRoutes() throws Exception {
        engine.putRoute(FakeRoute.of("a1", "/echo", "echo")
                .withHeaders(Map.of("X-R", List.of("first", "second"))));
        engine.putRoute(FakeRoute.of("a1", "/fail", "fail"));
        engine.putRoute(FakeRoute.of("a1", "/async", "echo").withType("async"));
        engine.putRoute(FakeRoute.of("a1", "/nope", "unpullable"));
        engine.putRoute(FakeRoute.of("a1", "/hello", "laos/hello"));
        engine.putRoute(FakeRoute.of("a1", "/env", "env"));
        engine.onImage("env", call -> FakeFunction.Outcome.success(
                call.env().get("HEADER_X_FOO").getBytes()));

        HttpResponse<String> echoed = send("POST", "/r/a1/echo?q=1", "hi");
        assertThat(echoed.statusCode()).isEqualTo(200);
        assertThat(echoed.body()).isEqualTo("hi");
        assertThat(echoed.headers().firstValue("X-R")).contains("first");
        assertThat(echoed.headers().firstValue("X-Echo-Query")).contains("q=1");
        HttpResponse<String> failed = send("POST", "/r/a1/fail", "");
        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(json(failed).path("error").path("message").asText()).isEqualTo("exit code 1");
        assertThat(json(failed).path("request_id").asText()).isNotEmpty();
        assertThat(json(send("POST", "/r/a1/async", "x")).path("call_id").asText()).isNotEmpty();
        assertThat(send("GET", "/r/a1/async", null).statusCode()).isEqualTo(202);
        assertThat(json(send("GET", "/r/a1/nope", null)).path("error").path("message").asText())
                .startsWith("Failed to pull image");
        assertThat(send("POST", "/r/a1/hello", "{\"name\":\"LaOS\"}").body())
                .isEqualTo("Hello LaOS!\n");
        assertThat(http.send(HttpRequest.newBuilder(URI.create(engine.url() + "/r/a1/env"))
                .header("X-Foo", "bar").build(), BodyHandlers.ofString()).body()).isEqualTo("bar");
        assertThat(send("GET", "/r/a1", null).body()).isEqualTo("\"Not Found\"\n");
        assertError(send("GET", "/r/zz/echo", null), 404, "App not found");
        assertError(send("GET", "/r/a1/zz", null), 404, "Route not found on that application");
    }

    @Test
    void jwtProtectsOnlyRegisteredV1Endpoints() throws Exception {
        engine.requireJwt("k");

        HttpResponse<String> refused = send("GET", "/v1/apps", null);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).isEqualTo("{\"error\":\"Invalid API Authorization token.\"}\n");
        assertThat(send("GET", "/version", null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/v1/nothing", null).statusCode()).isEqualTo(404);
    }

    @Test
    void hooksCountFailDelayAndStop() throws Exception {
        engine.failNext("GET", "/v1/apps", 503, "{\"error\":{\"message\":\"busy\"}}");
        assertError(send("GET", "/v1/apps", null), 503, "busy");
        assertThat(send("GET", "/v1/apps", null).statusCode()).isEqualTo(200);
        assertThat(engine.calls("GET", "/v1/apps")).isEqualTo(2);
        assertThat(engine.calls("POST", "/v1/apps")).isZero();

        FakeIronFunctions.Hold hold = engine.delayNext("GET", "/version");
        CompletableFuture<HttpResponse<String>> later = http.sendAsync(HttpRequest.newBuilder(
                URI.create(engine.url() + "/version")).build(), BodyHandlers.ofString());
        assertThat(hold.awaitArrival(Duration.ofSeconds(30))).isTrue();
        assertThat(later).isNotDone();
        hold.release();
        assertThat(later.get().statusCode()).isEqualTo(200);

        engine.stop();
        assertThatThrownBy(() -> send("GET", "/version", null)).isInstanceOf(IOException.class);
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        return send(engine, method, path, body);
    }

    private HttpResponse<String> send(FakeIronFunctions target, String method, String path,
                                      String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(target.url() + path))
                .method(method, body == null ? BodyPublishers.noBody()
                        : BodyPublishers.ofString(body))
                .build();
        return http.send(request, BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    private static void assertError(HttpResponse<String> response, int status, String message)
            throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(json(response).path("error").path("message").asText()).isEqualTo(message);
    }
}
