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
import io.laos.api.testing.LaosTestApp;
import io.laos.api.testing.ScriptedDriver;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Async runs: LaOS's own queue, call ids and records (the engine is always called sync). */
class AsyncRunApiTest {
    static LaosTestApp app;

    @BeforeAll
    static void start() throws Exception {
        app = LaosTestApp.withConfig(RUNS_CONFIG);
        app.route("p1", "a", "{\"path\":\"/job\",\"image\":\"test/log:5\",\"type\":\"async\","
                + "\"memory\":256}");
        app.route("p1", "a", "{\"path\":\"/afail\",\"image\":\"test/fail\",\"type\":\"async\"}");
        app.route("p1", "a", "{\"path\":\"/adown\",\"image\":\"test/down\",\"type\":\"async\"}");
        app.route("p1", "a", "{\"path\":\"/ablock\",\"image\":\"test/block\","
                + "\"type\":\"async\"}");
        app.route("p1", "a", "{\"path\":\"/psync\",\"image\":\"test/echo\","
                + "\"is_public\":true}");
        app.route("p1", "a", "{\"path\":\"/sync\",\"image\":\"test/echo\"}");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void answers202WithACallIdThatLeadsToTheFinishedRecordAndLog() throws Exception {
        HttpResponse<byte[]> r = app.sendRaw(app.request("/r/p1/a/job?n=1")
                .header("Content-Type", "text/plain").header("X-Custom", "c")
                .header("X-Auth-Token", "secret")
                .POST(HttpRequest.BodyPublishers.ofString("payload")));
        expect(r, 202);
        String id = parse(r.body()).get("call_id").asText();
        assertThat(id).matches("[0-9a-f-]{36}");
        assertThat(r.headers().firstValue("Location")).get().asString()
                .endsWith("/v1/p1/calls/" + id);

        app.settle();
        JsonNode call = app.json("GET", "/v1/p1/calls/" + id, null, 200).get("call");
        assertThat(call.get("status").asText()).isEqualTo("success");
        assertThat(call.get("type").asText()).isEqualTo("async");
        assertThat(call.get("http_status").asInt()).isEqualTo(200);
        assertThat(call.get("path").asText()).isEqualTo("/job");
        assertThat(call.get("app_name").asText()).isEqualTo("a");
        assertThat(call.get("memory").asLong()).isEqualTo(256);
        assertThat(call.get("duration_ms").asLong()).isGreaterThanOrEqualTo(0);
        assertThat(call.get("started_at").asText()).isNotBlank();
        assertThat(call.get("completed_at").asText()).isNotBlank();
        JsonNode log = app.json("GET", "/v1/p1/calls/" + id + "/log", null, 200).get("log");
        assertThat(log.get("text").asText()).isEqualTo("xxxxx");
        assertThat(log.get("call_id").asText()).isEqualTo(id);

        ScriptedDriver.Seen seen = ScriptedDriver.SEEN.get("/job");
        assertThat(seen.callId()).isEqualTo(id);
        assertThat(seen.method()).isEqualTo("POST");
        assertThat(seen.query()).isEqualTo("n=1");
        assertThat(seen.contentLength()).isEqualTo("payload".length());
        assertThat(seen.headers()).containsEntry("X-Custom", List.of("c"))
                .doesNotContainKey("X-Auth-Token");
    }

    @Test
    void preferRespondAsyncRunsASyncRouteAsync() throws Exception {
        // Both front doors: the public fast lane and the JAX-RS resource.
        for (String path : new String[] {"/r/p1/a/psync", "/v1/r/p1/a/sync"}) {
            HttpResponse<byte[]> r = app.sendRaw(app.request(path)
                    .header("Prefer", "respond-async").header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString("later")));
            expect(r, 202);
            assertThat(r.headers().firstValue("Preference-Applied")).as(path)
                    .contains("respond-async");
            String id = parse(r.body()).get("call_id").asText();
            app.settle();
            JsonNode call = app.json("GET", "/v1/p1/calls/" + id, null, 200).get("call");
            assertThat(call.get("type").asText()).isEqualTo("async");
            assertThat(call.get("status").asText()).isEqualTo("success");
        }
        HttpResponse<byte[]> plain = app.sendRaw(app.request("/r/p1/a/psync")
                .POST(HttpRequest.BodyPublishers.ofString("now")));
        expect(plain, 200);
        assertThat(new String(plain.body())).isEqualTo("now");
        assertThat(plain.headers().firstValue("Preference-Applied")).isEmpty();
    }

    @Test
    void recordsFunctionAndEngineFailures() throws Exception {
        String failed = callId(app.sendRaw(app.request("/r/p1/a/afail").POST(
                HttpRequest.BodyPublishers.ofString("x"))));
        String down = callId(app.sendRaw(app.request("/v1/r/p1/a/adown").GET()));
        app.settle();

        JsonNode f = app.json("GET", "/v1/p1/calls/" + failed, null, 200).get("call");
        assertThat(f.get("status").asText()).isEqualTo("error");
        assertThat(f.get("http_status").asInt()).isEqualTo(500);
        assertThat(f.get("error").asText()).isEqualTo("exit code 1");
        assertThat(app.json("GET", "/v1/p1/calls/" + failed + "/log", null, 200)
                .at("/log/text").asText()).isEqualTo("boom\n");
        JsonNode d = app.json("GET", "/v1/p1/calls/" + down, null, 200).get("call");
        assertThat(d.get("status").asText()).isEqualTo("error");
        assertThat(d.get("http_status").asInt()).isEqualTo(503);
        app.json("GET", "/v1/p1/calls/" + down + "/log", null, 404);
    }

    @Test
    void refusesBodiesOverTheAsyncLimit() throws Exception {
        byte[] body = new byte[64 * 1024 + 1];
        expect(app.sendRaw(app.request("/r/p1/a/job")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))), 413);
        expect(app.sendRaw(app.request("/r/p1/a/job")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(body)))), 413);
    }

    @Test
    void answers503WhenTheQueueIsFullAndRunsWhatItAccepted() throws Exception {
        // Two workers and a queue of four: six calls are held, the seventh is refused.
        List<String> accepted = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            accepted.add(callId(app.sendRaw(app.request("/r/p1/a/ablock").POST(
                    HttpRequest.BodyPublishers.ofString("n" + i)))));
        }
        HttpResponse<byte[]> refused = app.sendRaw(app.request("/r/p1/a/ablock").POST(
                HttpRequest.BodyPublishers.ofString("too many")));
        expect(refused, 503);
        assertThat(parse(refused.body()).at("/error/message").asText())
                .contains("Too many async calls");

        ScriptedDriver.release("/ablock");
        app.settle();
        for (String id : accepted) {
            assertThat(app.json("GET", "/v1/p1/calls/" + id, null, 200).at("/call/status")
                    .asText()).isEqualTo("success");
        }
    }

    private static String callId(HttpResponse<byte[]> r) throws Exception {
        expect(r, 202);
        return parse(r.body()).get("call_id").asText();
    }
}
