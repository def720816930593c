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
package io.laos.api.errors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.laos.api.testing.LaosTestApp;
import io.laos.api.testing.LaosTestApp.Response;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Requests that Jetty refuses before Jersey sees them answer the LaOS JSON error, not Jetty's
 * HTML page. The limit is Dropwizard's default 8 KiB for the request line and headers.
 */
class JettyErrorsTest {
    private static final String TOO_LONG = "x".repeat(16 * 1024);

    @RegisterExtension
    static final LaosTestApp laos = LaosTestApp.perClass(LaosTestApp.NOAUTH_CONFIG);

    @Test
    void aTooLongUriIs414InTheErrorShape() {
        Response r = laos.get("/v1/p/apps/" + TOO_LONG);

        assertThat(r.status()).as(r.toString()).isEqualTo(414);
        assertLaosError(r, 414);
    }

    @Test
    void tooLargeHeadersAre431InTheErrorShape() {
        Response r = laos.send(laos.request("GET", "/v1/p/apps", null, null)
                .header("X-Padding", TOO_LONG));

        assertThat(r.status()).as(r.toString()).isEqualTo(431);
        assertLaosError(r, 431);
    }

    @Test
    void aRefusedPutGetsTheErrorBodyToo() {
        Response r = laos.send(laos.request("PUT", "/v1/p/apps/" + TOO_LONG, "{}",
                "application/json"));

        assertThat(r.status()).as(r.toString()).isEqualTo(414);
        assertLaosError(r, 414);
    }

    @Test
    void aRefusedRequestLineSaysTheConnectionCloses() throws Exception {
        // Jetty closes the connection after refusing a request line; an HTTP/1.1 client must
        // be told, or it sends its next request on the dead connection.
        String answer = raw("GET /v1/p/apps/" + TOO_LONG + " HTTP/1.1\r\nHost: laos\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 414 ");
        assertThat(head(answer)).contains("connection: close");
    }

    @Test
    void theNextRequestAfterARefusalIsAnswered() {
        assertThat(laos.get("/v1/p/apps/" + TOO_LONG).status()).isEqualTo(414);

        // Not retried by the client if it went out on a dead connection: a method no client
        // retries.
        Response r = laos.send(laos.request("BREW", "/v1/p/apps", null, null));
        assertThat(r.status()).as(r.toString()).isEqualTo(405);
    }

    @Test
    void anUnknownMethodIs405InTheErrorShape() {
        Response r = laos.send(laos.request("BREW", "/v1/p/apps", null, null));

        assertThat(r.status()).as(r.toString()).isEqualTo(405);
        assertLaosError(r, 405);
    }

    @Test
    void anUnparseableRequestIs400InTheErrorShape() throws Exception {
        // A header line without a colon: no HTTP client sends that, so a raw socket does.
        String answer = raw("GET /v1/p/apps HTTP/1.1\r\nHost: laos\r\nthis is no header\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400 ");
        assertThat(head(answer)).contains("content-type: application/json");
        JsonNode error = new ObjectMapper().readTree(body(answer)).get("error");
        assertThat(error.get("code").asInt()).isEqualTo(400);
        assertThat(error.get("message").asText()).isNotBlank();
        assertThat(head(answer)).contains("x-openstack-request-id: "
                + error.get("request_id").asText());
    }

    /** Sends {@code request} as it is and reads the answer until Jetty closes the connection. */
    private static String raw(String request) throws Exception {
        URI root = URI.create(laos.url());
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(root.getHost(), root.getPort()), 10_000);
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String head(String answer) {
        return answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase(Locale.ROOT);
    }

    private static String body(String answer) {
        return answer.substring(answer.indexOf("\r\n\r\n") + 4);
    }

    /** The one LaOS error shape, with the request id of the header and nothing of Jetty's. */
    private static void assertLaosError(Response r, int code) {
        assertThat(r.header("Content-Type")).startsWith("application/json");
        assertThat(r.header("x-openstack-request-id")).matches("req-[0-9a-f-]{36}");
        JsonNode error = r.json().get("error");
        assertThat(error.get("code").asInt()).isEqualTo(code);
        assertThat(error.get("message").asText()).isNotBlank();
        assertThat(error.get("request_id").asText()).isEqualTo(r.header("x-openstack-request-id"));
        assertThat(r.text()).doesNotContain("<html").doesNotContain("\tat ")
                .doesNotContain("Exception");
    }
}
