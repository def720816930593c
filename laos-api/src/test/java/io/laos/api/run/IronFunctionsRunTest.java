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

import static io.laos.api.testing.LaosTestApp.RUNS_CONFIG;
import static io.laos.api.testing.LaosTestApp.expect;
import static io.laos.api.testing.LaosTestApp.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.ConfigOverride;
import io.laos.api.testing.FakeIronFunctions;
import io.laos.api.testing.LaosTestApp;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs through the IronFunctions driver, against the in-process fake IronFunctions: LaOS calls
 * the engine's {@code /r/} synchronously for both route types and keeps the records itself.
 */
class IronFunctionsRunTest {
    static FakeIronFunctions engine;
    static LaosTestApp app;

    @BeforeAll
    static void start() throws Exception {
        engine = FakeIronFunctions.start();
        app = LaosTestApp.withConfig(RUNS_CONFIG,
                ConfigOverride.config("driver.type", "ironfunctions"),
                ConfigOverride.config("driver.url", engine.url()));
        app.route("p1", "a", "{\"path\":\"/echo\",\"image\":\"echo\"}");
        app.route("p1", "a", "{\"path\":\"/later\",\"image\":\"echo\",\"type\":\"async\"}");
        app.route("p1", "a", "{\"path\":\"/fail\",\"image\":\"fail\"}");
        app.route("p1", "a", "{\"path\":\"/slow\",\"image\":\"slow\",\"timeout\":1}");
    }

    @AfterAll
    static void stop() {
        app.close();
        engine.close();
    }

    @Test
    void syncRunsPassBinaryBodiesMethodAndQueryThrough() throws Exception {
        byte[] body = new byte[3 * 1024 * 1024];
        new Random(7).nextBytes(body);
        HttpResponse<byte[]> r = app.sendRaw(app.request("/r/p1/a/echo?x=1")
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        expect(r, 200);
        assertThat(r.body()).isEqualTo(body);
        assertThat(r.headers().firstValue("X-Echo-Method")).contains("POST");
        assertThat(r.headers().firstValue("X-Echo-Query")).contains("x=1");
        app.settle();
        JsonNode call = app.json("GET", "/v1/p1/calls?route=/echo&limit=1", null, 200)
                .at("/calls/0");
        assertThat(call.get("status").asText()).isEqualTo("success");
        assertThat(call.get("http_status").asInt()).isEqualTo(200);
    }

    @Test
    void asyncRunsAreLaossOwnAndEndInARecord() throws Exception {
        HttpResponse<byte[]> r = app.sendRaw(app.request("/r/p1/a/later").POST(
                HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}")));
        expect(r, 202);
        String id = parse(r.body()).get("call_id").asText();
        app.settle();
        JsonNode call = app.json("GET", "/v1/p1/calls/" + id, null, 200).get("call");
        assertThat(call.get("status").asText()).isEqualTo("success");
        assertThat(call.get("type").asText()).isEqualTo("async");
        // The engine saw a sync call of the route: LaOS never uses the engine's async queue.
        assertThat(engine.calls("POST", "/r/")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void failuresAndTimeoutsAreRecordedAsTheEngineReportsThem() throws Exception {
        HttpResponse<byte[]> failed = app.sendRaw(app.request("/r/p1/a/fail").GET());
        expect(failed, 500);
        assertThat(parse(failed.body()).at("/error/message").asText())
                .isEqualTo("exit code 1");
        expect(app.sendRaw(app.request("/r/p1/a/slow").GET()), 504);
        app.settle();
        JsonNode f = app.json("GET", "/v1/p1/calls?route=/fail&limit=1", null, 200)
                .at("/calls/0");
        assertThat(f.get("status").asText()).isEqualTo("error");
        assertThat(f.get("error").asText()).isEqualTo("exit code 1");
        JsonNode s = app.json("GET", "/v1/p1/calls?route=/slow&limit=1", null, 200)
                .at("/calls/0");
        assertThat(s.get("status").asText()).isEqualTo("timeout");
        assertThat(s.get("http_status").asInt()).isEqualTo(504);
    }
}
