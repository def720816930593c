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

import io.laos.api.testing.LaosTestApp;
import io.laos.api.testing.RawHttp;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Public routes run in a servlet filter, private ones through Jersey: both front doors must
 * answer exactly alike. Each request is sent to a public route and to its private twin.
 */
class FrontDoorsTest {
    static LaosTestApp app;

    @BeforeAll
    static void start() throws Exception {
        app = LaosTestApp.withConfig(RUNS_CONFIG);
        for (String image : List.of("echo", "fail", "timeout", "down", "slow", "bytes:100000",
                "hop")) {
            String name = image.replace(":", "");
            app.route("p1", "a", "{\"path\":\"/pub/" + name + "\",\"image\":\"test/" + image
                    + "\",\"is_public\":true}");
            app.route("p1", "a", "{\"path\":\"/priv/" + name + "\",\"image\":\"test/" + image
                    + "\"}");
        }
        app.route("p1", "a", "{\"path\":\"/pub/later\",\"image\":\"test/echo\","
                + "\"type\":\"async\",\"is_public\":true}");
        app.route("p1", "a", "{\"path\":\"/priv/later\",\"image\":\"test/echo\","
                + "\"type\":\"async\"}");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void answerAlike() throws Exception {
        byte[] big = new byte[8 * 1024 * 1024 + 1];
        same("echo?x=1&y=%2F", b -> b.header("Content-Type", "text/x-a").header("X-A", "1")
                .PUT(HttpRequest.BodyPublishers.ofString("body")));
        same("echo", b -> b.method("HEAD", HttpRequest.BodyPublishers.noBody()));
        // A body declared too large: see aBodyDeclaredTooLargeIsRefusedBeforeItIsSent.
        same("echo", b -> b.POST(HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(big))));
        same("bytes100000", HttpRequest.Builder::GET);
        for (String route : List.of("fail", "timeout", "down", "slow", "hop")) {
            same(route, HttpRequest.Builder::GET);
        }
        HttpResponse<byte[]> pub = app.sendRaw(app.request("/r/p1/a/pub/later").POST(
                HttpRequest.BodyPublishers.ofString("x")));
        HttpResponse<byte[]> priv = app.sendRaw(app.request("/r/p1/a/priv/later").POST(
                HttpRequest.BodyPublishers.ofString("x")));
        expect(pub, 202);
        expect(priv, 202);
        for (HttpResponse<byte[]> r : List.of(pub, priv)) {
            String id = parse(r.body()).get("call_id").asText();
            assertThat(r.headers().firstValue("Location")).contains(
                    app.url("/v1/p1/calls/" + id));
            assertThat(r.headers().firstValue("Content-Type")).get().asString()
                    .startsWith("application/json");
        }
    }

    @Test
    void aBodyDeclaredTooLargeIsRefusedBeforeItIsSent() throws Exception {
        // Raw, because a client that is told to continue sends the whole body first: the 413
        // must come instead of "100 Continue", on every run path.
        for (String path : List.of("/r/p1/a/pub/echo", "/r/p1/a/priv/echo",
                "/v1/r/p1/a/priv/echo", "/r/p1/a/pub/nope")) {
            String answer = RawHttp.exchange(app.port(), "POST " + path + " HTTP/1.1\r\n"
                    + "Host: laos\r\nContent-Length: " + (8 * 1024 * 1024 + 1) + "\r\n"
                    + "Expect: 100-continue\r\nConnection: close\r\n\r\n");
            assertThat(answer).as(path).startsWith("HTTP/1.1 413 ")
                    .doesNotContain("100 Continue").contains("\"code\":413");
        }
    }

    @Test
    void aBodyDeclaredTooLargeIsDroppedAndTheConnectionStaysUsable() throws Exception {
        // A client that does not wait for "100 Continue" sends the body anyway: it is read and
        // dropped, the 413 keeps the connection open, and the next request on it is answered.
        int length = 8 * 1024 * 1024 + 1;
        String answer = RawHttp.exchange(app.port(), "POST /r/p1/a/pub/echo HTTP/1.1\r\n"
                + "Host: laos\r\nContent-Length: " + length + "\r\n\r\n" + "x".repeat(length)
                + "GET /r/p1/a/pub/nope HTTP/1.1\r\nHost: laos\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 413 ").contains("HTTP/1.1 404 ");
        assertThat(answer.substring(0, answer.indexOf("\r\n\r\n")))
                .doesNotContainIgnoringCase("connection: close");

        // Far too large: not worth reading; the answer ends the connection.
        String closed = RawHttp.exchange(app.port(), "POST /r/p1/a/pub/echo HTTP/1.1\r\n"
                + "Host: laos\r\nContent-Length: " + (20L * 1024 * 1024 * 1024) + "\r\n\r\n");
        assertThat(closed).startsWith("HTTP/1.1 413 ").containsIgnoringCase("connection: close");
    }

    @Test
    void pathsThatNameNothingAre404BothWays() throws Exception {
        for (String path : List.of("/r/p1/a/pub/nope",
                "/r/p1/b/pub/echo", "/v1/r/p1/a/", "/r/p1/a/pub/a:b")) {
            HttpResponse<byte[]> r = app.sendRaw(app.request(path).GET());
            assertThat(r.statusCode()).as(path).isIn(400, 404);
            assertThat(parse(r.body()).at("/error/code").asInt()).as(path)
                    .isEqualTo(r.statusCode());
        }
        expect(app.sendRaw(app.request("/v1/r/p1/a/pub/echo/").GET()), 200);
    }

    interface Request {
        HttpRequest.Builder apply(HttpRequest.Builder b);
    }

    private static void same(String route, Request request) throws Exception {
        HttpResponse<byte[]> pub = app.sendRaw(request.apply(app.request("/r/p1/a/pub/" + route)));
        HttpResponse<byte[]> priv = app.sendRaw(request.apply(
                app.request("/r/p1/a/priv/" + route)));
        String what = route + ": public " + pub.statusCode() + " "
                + new String(pub.body(), StandardCharsets.UTF_8) + " / private "
                + priv.statusCode() + " " + new String(priv.body(), StandardCharsets.UTF_8);
        assertThat(pub.statusCode()).as(what).isEqualTo(priv.statusCode());
        assertThat(withoutRequestId(pub.body())).as(what).isEqualTo(withoutRequestId(priv.body()));
        for (String header : List.of("Content-Type", "Content-Length", "X-Function",
                "Keep-Alive", "X-Per-Hop")) {
            assertThat(pub.headers().firstValue(header)).as(what + " " + header)
                    .isEqualTo(priv.headers().firstValue(header));
        }
        assertThat(pub.headers().allValues("x-openstack-request-id")).hasSize(1);
        assertThat(priv.headers().allValues("x-openstack-request-id")).hasSize(1);
    }

    private static String withoutRequestId(byte[] body) {
        return new String(body, StandardCharsets.UTF_8)
                .replaceAll("\"request_id\":\"req-[0-9a-f-]+\"", "")
                .replace("/pub/", "/").replace("/priv/", "/");
    }
}
