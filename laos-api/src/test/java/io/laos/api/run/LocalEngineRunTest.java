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
package io.laos.api.run;

import static io.laos.api.testing.LaosTestApp.expect;
import static io.laos.api.testing.LaosTestApp.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.laos.api.testing.LaosTestApp;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs through the embedded local engine, with the shipped example functions. */
class LocalEngineRunTest {
    static LaosTestApp app;

    @BeforeAll
    static void start() throws Exception {
        app = LaosTestApp.withConfig("runs/runs-local.yml");
        app.route("p1", "a", "{\"path\":\"/hello\",\"image\":\"laos/hello\","
                + "\"is_public\":true}");
        app.route("p1", "a", "{\"path\":\"/echo\",\"image\":\"laos/echo\"}");
        app.route("p1", "a", "{\"path\":\"/later\",\"image\":\"laos/hello\","
                + "\"type\":\"async\"}");
        app.route("p1", "a", "{\"path\":\"/fail\",\"image\":\"test/fail\"}");
        app.route("p1", "a", "{\"path\":\"/sleep\",\"image\":\"test/sleep\",\"timeout\":1}");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void syncRunsAnswerWithTheFunctionsOutputAndKeepItsLog() throws Exception {
        HttpResponse<byte[]> r = app.sendRaw(app.request("/r/p1/a/hello")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Ada\"}")));
        expect(r, 200);
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("Hello Ada!\n");
        app.settle();
        JsonNode call = app.json("GET", "/v1/p1/calls?route=/hello&limit=1", null, 200)
                .at("/calls/0");
        assertThat(call.get("status").asText()).isEqualTo("success");
        assertThat(app.json("GET", "/v1/p1/calls/" + call.get("id").asText() + "/log", null,
                200).at("/log/text").asText()).contains("greeting 'Ada'");
    }

    @Test
    void theFunctionSeesTheRequestButNotTheCallersToken() throws Exception {
        HttpResponse<byte[]> r = app.sendRaw(app.request("/r/p1/a/echo?q=1")
                .header("X-Custom", "yes").header("X-Auth-Token", "secret")
                .PUT(HttpRequest.BodyPublishers.ofString("the body")));
        expect(r, 200);
        String answer = new String(r.body(), StandardCharsets.UTF_8);
        assertThat(answer).contains("method: PUT", "route: /echo", "HEADER_X_CUSTOM=yes")
                .doesNotContain("secret").endsWith("the body");
    }

    @Test
    void asyncRunsEndInARecordWithTheLog() throws Exception {
        HttpResponse<byte[]> r = app.sendRaw(app.request("/r/p1/a/later")
                .POST(HttpRequest.BodyPublishers.ofString("Grace")));
        expect(r, 202);
        String id = parse(r.body()).get("call_id").asText();
        app.settle();
        JsonNode call = app.json("GET", "/v1/p1/calls/" + id, null, 200).get("call");
        assertThat(call.get("status").asText()).isEqualTo("success");
        assertThat(app.json("GET", "/v1/p1/calls/" + id + "/log", null, 200)
                .at("/log/text").asText()).contains("greeting 'Grace'");
    }

    @Test
    void failuresAndTimeoutsAreRecorded() throws Exception {
        expect(app.sendRaw(app.request("/r/p1/a/fail").POST(
                HttpRequest.BodyPublishers.ofString("x"))), 500);
        expect(app.sendRaw(app.request("/r/p1/a/sleep").GET()), 504);
        app.settle();
        JsonNode f = app.json("GET", "/v1/p1/calls?route=/fail&limit=1", null, 200)
                .at("/calls/0");
        assertThat(f.get("status").asText()).isEqualTo("error");
        assertThat(f.get("error").asText()).contains("3");
        assertThat(app.json("GET", "/v1/p1/calls/" + f.get("id").asText() + "/log", null, 200)
                .at("/log/text").asText()).contains("broken");
        JsonNode s = app.json("GET", "/v1/p1/calls?route=/sleep&limit=1", null, 200)
                .at("/calls/0");
        assertThat(s.get("status").asText()).isEqualTo("timeout");
    }
}
