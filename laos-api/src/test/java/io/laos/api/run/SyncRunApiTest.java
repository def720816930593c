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

import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import io.laos.api.testing.LaosTestApp;
import io.laos.api.testing.RawHttp;
import io.laos.api.testing.ScriptedDriver;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sync runs through the real application: LaOS as a transparent, streaming gateway. */
class SyncRunApiTest {
    static final String P = "p1";
    static LaosTestApp app;

    @BeforeAll
    static void start() throws Exception {
        app = LaosTestApp.withConfig(RUNS_CONFIG);
        app.route(P, "a", "{\"path\":\"/echo\",\"image\":\"test/echo\",\"is_public\":true}");
        app.route(P, "a", "{\"path\":\"/deep/er\",\"image\":\"test/echo\"}");
        app.route(P, "a", "{\"path\":\"/big\",\"image\":\"test/bytes:7340032\"}");
        app.route(P, "a", "{\"path\":\"/fail\",\"image\":\"test/fail\"}");
        app.route(P, "a", "{\"path\":\"/timeout\",\"image\":\"test/timeout\"}");
        app.route(P, "a", "{\"path\":\"/down\",\"image\":\"test/down\"}");
        app.route(P, "a", "{\"path\":\"/slow\",\"image\":\"test/slow\"}");
        app.route(P, "a", "{\"path\":\"/hop\",\"image\":\"test/hop\"}");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void passesMethodQueryHeadersAndBodyThroughBothWays() throws Exception {
        for (String method : new String[] {"POST", "PUT", "PATCH", "DELETE", "OPTIONS"}) {
            HttpResponse<byte[]> r = app.sendRaw(app.request("/r/p1/a/echo?x=1&y=%20z%2F")
                    .header("Content-Type", "text/x-mine").header("X-Custom", "v1")
                    .method(method, HttpRequest.BodyPublishers.ofString(method + " body")));

            assertThat(r.statusCode()).as(new String(r.body())).isEqualTo(200);
            assertThat(new String(r.body())).isEqualTo(method + " body");
            assertThat(r.headers().firstValue("Content-Type")).contains("text/x-mine");
            assertThat(r.headers().firstValue("x-openstack-request-id")).isPresent();
            ScriptedDriver.Seen seen = ScriptedDriver.SEEN.get("/echo");
            assertThat(seen.method()).isEqualTo(method);
            assertThat(seen.query()).isEqualTo("x=1&y=%20z%2F");
            assertThat(seen.uri()).isEqualTo("/r/p1/a/echo?x=1&y=%20z%2F");
            assertThat(seen.headers()).containsEntry("X-Custom", java.util.List.of("v1"));
        }
    }

    @Test
    void everyOutcomeIsCountedInTheRunMetrics() throws Exception {
        MetricRegistry metrics = app.metrics();
        long success = meter(metrics, "success");
        long error = meter(metrics, "error");
        long timeout = meter(metrics, "timeout");
        long rejected = meter(metrics, "rejected");
        long executed = metrics.timer("laos.runs.duration").getCount();

        expect(app.sendRaw(app.request("/r/p1/a/echo").POST(
                HttpRequest.BodyPublishers.ofString("x"))), 200);
        expect(app.sendRaw(app.request("/r/p1/a/fail").GET()), 500);
        expect(app.sendRaw(app.request("/r/p1/a/timeout").GET()), 504);
        expect(app.sendRaw(app.request("/r/p1/a/down").GET()), 503);
        app.settle();

        assertThat(meter(metrics, "success") - success).isEqualTo(1);
        assertThat(meter(metrics, "error") - error).as("fail, and down").isEqualTo(2);
        assertThat(meter(metrics, "timeout") - timeout).isEqualTo(1);
        assertThat(meter(metrics, "rejected") - rejected).as("down: never ran").isEqualTo(1);
        assertThat(metrics.timer("laos.runs.duration").getCount() - executed)
                .as("echo, fail and timeout ran").isEqualTo(3);
    }

    private static long meter(MetricRegistry metrics, String outcome) {
        return metrics.meter("laos.runs." + outcome).getCount();
    }

    @Test
    void theServerDoesNotCompressAFunctionsAnswer() throws Exception {
        String text = "compressible text ".repeat(200);
        for (String path : new String[] {"/r/p1/a/echo", "/v1/r/p1/a/deep/er"}) {
            HttpResponse<byte[]> r = app.sendRaw(app.request(path)
                    .header("Content-Type", "text/plain").header("Accept-Encoding", "gzip")
                    .POST(HttpRequest.BodyPublishers.ofString(text)));
            expect(r, 200);
            assertThat(r.headers().firstValue("Content-Encoding")).as(path).isEmpty();
            assertThat(new String(r.body())).isEqualTo(text);
        }
    }

    @Test
    void getAndHeadRunToo() throws Exception {
        HttpResponse<byte[]> get = app.sendRaw(app.request("/r/p1/a/echo?q=1").GET());
        expect(get, 200);
        assertThat(ScriptedDriver.SEEN.get("/echo").method()).isEqualTo("GET");
        HttpResponse<byte[]> head = app.sendRaw(app.request("/r/p1/a/big")
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
        expect(head, 200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Length")).contains("7340032");
    }

    @Test
    void streamsBinaryBodiesOfSeveralMebibytesBothWays() throws Exception {
        byte[] body = new byte[5 * 1024 * 1024 + 7];
        new Random(42).nextBytes(body);
        HttpResponse<byte[]> r = app.sendRaw(app.request("/v1/r/p1/a/deep/er")
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        expect(r, 200);
        assertThat(r.body()).isEqualTo(body);

        // Chunked (no Content-Length): the body is streamed, not refused.
        HttpResponse<byte[]> chunked = app.sendRaw(app.request("/r/p1/a/deep/er")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(body))));
        expect(chunked, 200);
        assertThat(chunked.body()).isEqualTo(body);
        assertThat(ScriptedDriver.SEEN.get("/deep/er").contentLength()).isEqualTo(-1);

        HttpResponse<InputStream> big = sendStreaming(app.request("/r/p1/a/big").GET());
        assertThat(big.statusCode()).isEqualTo(200);
        long i = 0;
        try (InputStream in = big.body()) {
            for (int b = in.read(); b >= 0; b = in.read(), i++) {
                assertThat((byte) b).isEqualTo(ScriptedDriver.pattern(i));
            }
        }
        assertThat(i).isEqualTo(7340032);
    }

    @Test
    void refusesBodiesOverTheLimitWith413() throws Exception {
        byte[] body = new byte[8 * 1024 * 1024 + 1];
        HttpResponse<byte[]> declared = app.sendRaw(app.request("/r/p1/a/echo")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        expect(declared, 413);
        assertThat(parse(declared.body()).at("/error/code").asInt()).isEqualTo(413);

        HttpResponse<byte[]> chunked = app.sendRaw(app.request("/r/p1/a/echo")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(body))));
        expect(chunked, 413);
    }

    @Test
    void unknownAppOrRouteIs404() throws Exception {
        for (String path : new String[] {"/r/p1/nope/echo", "/r/p1/a/nope", "/r/p2/a/echo",
                "/v1/r/p1/a/echo/more", "/r/p1/a/a:b"}) {
            HttpResponse<byte[]> r = app.sendRaw(app.request(path).GET());
            expect(r, 404);
            JsonNode error = parse(r.body());
            assertThat(error.at("/error/message").asText()).as(path).isNotBlank();
        }
    }

    @Test
    void functionFailuresPassThroughAndEngineFailuresAreLaosErrors() throws Exception {
        HttpResponse<byte[]> fail = app.sendRaw(app.request("/r/p1/a/fail").GET());
        expect(fail, 500);
        assertThat(new String(fail.body())).isEqualTo("{\"error\":{\"message\":\"exit code 1\"}}");

        HttpResponse<byte[]> timeout = app.sendRaw(app.request("/r/p1/a/timeout").GET());
        expect(timeout, 504);

        HttpResponse<byte[]> down = app.sendRaw(app.request("/r/p1/a/down").GET());
        expect(down, 503);
        assertThat(parse(down.body()).at("/error/message").asText())
                .contains("unreachable");
        assertThat(down.headers().firstValue("Content-Type")).contains("application/json");

        HttpResponse<byte[]> slow = app.sendRaw(app.request("/r/p1/a/slow").GET());
        expect(slow, 504);
        assertThat(parse(slow.body()).at("/error/code").asInt()).isEqualTo(504);

        app.settle();
        JsonNode failed = lastCall("/fail");
        assertThat(failed.get("status").asText()).isEqualTo("error");
        assertThat(failed.get("http_status").asInt()).isEqualTo(500);
        assertThat(failed.get("error").asText()).isEqualTo("exit code 1");
        assertThat(failed.get("type").asText()).isEqualTo("sync");
        JsonNode log = app.json("GET", "/v1/p1/calls/" + failed.get("id").asText() + "/log",
                null, 200);
        assertThat(log.at("/log/text").asText()).isEqualTo("boom\n");
        assertThat(log.at("/log/truncated").asBoolean()).isFalse();
        assertThat(lastCall("/timeout").get("status").asText()).isEqualTo("timeout");
        JsonNode engineDown = lastCall("/down");
        assertThat(engineDown.get("status").asText()).isEqualTo("error");
        assertThat(engineDown.get("http_status").asInt()).isEqualTo(503);
        assertThat(engineDown.get("error").asText()).contains("unreachable");
        JsonNode engineSlow = lastCall("/slow");
        assertThat(engineSlow.get("status").asText()).isEqualTo("timeout");
        assertThat(engineSlow.get("http_status").asInt()).isEqualTo(504);
    }

    @Test
    void dropsHopByHopHeadersAndTokensBothWays() throws Exception {
        String answer = RawHttp.exchange(app.port(), "POST /r/p1/a/echo HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\nConnection: close, X-Drop\r\nX-Drop: 1\r\n"
                + "Keep-Alive: timeout=5\r\nTE: trailers\r\n"
                + "Proxy-Authorization: Basic eA==\r\nX-Auth-Token: secret\r\n"
                + "X-Service-Token: secret2\r\nX-Subject-Token: secret3\r\n"
                + "Authorization: Bearer for-the-function\r\nX-Kept: yes\r\n"
                + "Content-Length: 2\r\n\r\nhi");
        assertThat(answer).startsWith("HTTP/1.1 200");
        java.util.Set<String> names = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        names.addAll(ScriptedDriver.SEEN.get("/echo").headers().keySet());
        assertThat(names).contains("X-Kept", "Authorization", "Host", "Content-Length")
                .doesNotContain("Connection", "X-Drop", "Keep-Alive", "TE",
                        "Proxy-Authorization", "X-Auth-Token", "X-Service-Token",
                        "X-Subject-Token");

        HttpResponse<byte[]> hop = app.sendRaw(app.request("/r/p1/a/hop").GET());
        expect(hop, 200);
        assertThat(hop.headers().firstValue("X-Function")).contains("kept");
        assertThat(hop.headers().map().keySet()).noneMatch(h -> h.equalsIgnoreCase("x-per-hop")
                || h.equalsIgnoreCase("keep-alive") || h.equalsIgnoreCase("proxy-authenticate"));
        assertThat(hop.headers().allValues("x-openstack-request-id")).hasSize(1)
                .allMatch(id -> id.startsWith("req-") && !id.contains("function"));
    }

    @Test
    void routeChangesApplyToTheVeryNextRun() throws Exception {
        app.route(P, "a", "{\"path\":\"/swap\",\"image\":\"test/echo\"}");
        expect(app.sendRaw(app.request("/r/p1/a/swap").GET()), 200);
        app.json("PATCH", "/v1/p1/apps/a/routes/swap", "{\"route\":{\"image\":\"test/fail\"}}",
                200);
        expect(app.sendRaw(app.request("/r/p1/a/swap").GET()), 500);
        app.json("DELETE", "/v1/p1/apps/a/routes/swap", null, 200);
        expect(app.sendRaw(app.request("/r/p1/a/swap").GET()), 404);
    }

    @Test
    void aSyncAnswerNamesItsCallRecord() throws Exception {
        HttpResponse<byte[]> ok = app.sendRaw(app.request("/r/p1/a/echo").POST(
                HttpRequest.BodyPublishers.ofString("x")));
        HttpResponse<byte[]> failed = app.sendRaw(app.request("/v1/r/p1/a/fail").GET());
        app.settle();

        for (HttpResponse<byte[]> r : List.of(ok, failed)) {
            String callId = r.headers().firstValue("X-Laos-Call-Id").orElseThrow();
            JsonNode call = app.json("GET", "/v1/p1/calls/" + callId, null, 200).get("call");
            assertThat(call.get("id").asText()).isEqualTo(callId);
            assertThat(call.get("http_status").asInt()).isEqualTo(r.statusCode());
        }
    }

    private static JsonNode lastCall(String route) throws Exception {
        JsonNode calls = app.json("GET", "/v1/p1/calls?limit=1&route=" + route, null, 200);
        assertThat(calls.get("calls")).hasSize(1);
        return calls.get("calls").get(0);
    }

    private static HttpResponse<InputStream> sendStreaming(HttpRequest.Builder b)
            throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(b.build(),
                HttpResponse.BodyHandlers.ofInputStream());
    }
}
