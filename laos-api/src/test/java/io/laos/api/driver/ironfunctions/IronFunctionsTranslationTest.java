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
package io.laos.api.driver.ironfunctions;

import static org.assertj.core.api.Assertions.assertThat;

import io.laos.common.driver.EngineRoute;
import io.laos.common.error.EngineException;
import io.laos.common.error.ErrorKind;
import io.laos.common.model.RouteFormat;
import io.laos.common.model.RouteType;
import jakarta.ws.rs.ProcessingException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.junit.jupiter.api.Test;

/**
 * The driver's pure parts: transport-failure translation (cases a live test cannot provoke
 * reliably, such as DNS failures), error shapes, PATCH planning and token signing.
 */
class IronFunctionsTranslationTest {
    private static final String ENGINE = "IronFunctions at http://engine:8080";

    @Test
    void transportFailuresMapToUnavailableTimeoutOrFailure() {
        assertThat(kind(new ConnectException("Connection refused"))).isEqualTo(
                ErrorKind.UNAVAILABLE);
        assertThat(kind(new UnknownHostException("engine"))).isEqualTo(ErrorKind.UNAVAILABLE);
        // A SocketTimeoutException too, but a connect timeout means unreachable, not slow.
        assertThat(kind(new ConnectTimeoutException("Connect timed out"))).isEqualTo(
                ErrorKind.UNAVAILABLE);
        assertThat(kind(new ConnectionRequestTimeoutException("pool"))).isEqualTo(
                ErrorKind.UNAVAILABLE);
        assertThat(kind(new SocketTimeoutException("Read timed out"))).isEqualTo(
                ErrorKind.ENGINE_TIMEOUT);
        assertThat(kind(new IOException("Connection reset"))).isEqualTo(
                ErrorKind.ENGINE_FAILURE);
        assertThat(EngineErrors.transport(Operation.LIST_APPS, ENGINE, "GET /v1/apps",
                new IllegalStateException("client closed")).kind()).isEqualTo(
                ErrorKind.ENGINE_FAILURE);
    }

    @Test
    void transportDetailsNameTheRequestAndTheCause() {
        EngineException e = EngineErrors.transport(Operation.CREATE_APP, ENGINE, "POST /v1/apps",
                new ProcessingException(new ConnectException("Connection refused")));

        assertThat(e.operatorDetail()).isEqualTo(
                ENGINE + ": POST /v1/apps: ConnectException: Connection refused");
        assertThat(e).hasCauseInstanceOf(ProcessingException.class);
    }

    @Test
    void everyErrorShapeYieldsItsMessage() {
        assertThat(EngineErrors.message("{\"error\":{\"message\":\"App not found\"}}\n"))
                .contains("App not found");
        assertThat(EngineErrors.message("{\"request_id\":\"r\",\"error\":{\"message\":\"exit "
                + "code 2\"}}")).contains("exit code 2");
        assertThat(EngineErrors.message("{\"error\":\"Invalid API Authorization token.\"}"))
                .contains("Invalid API Authorization token.");
        assertThat(EngineErrors.message("\"Not Found\"\n")).contains("Not Found");
        assertThat(EngineErrors.message("<html>")).isEmpty();
        assertThat(EngineErrors.message("")).isEmpty();
        assertThat(EngineErrors.isApiError("{\"error\":{\"message\":\"App not found\"}}"))
                .isTrue();
        assertThat(EngineErrors.isApiError("\"Not Found\"")).isFalse();
    }

    @Test
    void goCanonicalHeaderNames() {
        assertThat(RoutePatches.canonicalName("x-foo-bar")).isEqualTo("X-Foo-Bar");
        assertThat(RoutePatches.canonicalName("CONTENT-TYPE")).isEqualTo("Content-Type");
        assertThat(RoutePatches.canonicalName("x_y")).isEqualTo("X_y");
        assertThat(RoutePatches.canonicalName("bad header")).isEqualTo("bad header");
        assertThat(RoutePatches.canonical(Map.of("x-a", List.of("1"), "X-B", List.of())))
                .isEqualTo(Map.of("X-A", List.of("1")));
    }

    @Test
    void anUnchangedRouteStillGetsOnePatchThatKeepsItSync() {
        EngineRoute r = new EngineRoute("/h", "img", RouteType.ASYNC, RouteFormat.DEFAULT, 128,
                30, 30, 1, Map.of("X-A", List.of("1")), Map.of("K", "v"));

        assertThat(RoutePatches.plan(r, r)).singleElement()
                .hasToString("{\"type\":\"sync\"}");
    }

    @Test
    void configPatchDeletesRemovedAndEmptiedKeys() {
        assertThat(RoutePatches.configPatch(Map.of("A", "1", "B", "2", "C", "3"),
                Map.of("A", "1", "B", "", "D", "4")))
                .isEqualTo(Map.of("B", "", "C", "", "D", "4"));
    }

    @Test
    void hopByHopResponseHeadersAreDroppedIncludingThoseConnectionNames() {
        Map<String, List<String>> headers = FunctionRuns.endToEndHeaders(Map.of(
                "Connection", List.of("close, X-Hop"), "X-Hop", List.of("1"),
                "Keep-Alive", List.of("timeout=5"), "Transfer-Encoding", List.of("chunked"),
                "Proxy-Authenticate", List.of("Basic"), "Upgrade", List.of("h2c"),
                "Content-Type", List.of("text/plain"), "X-Keep", List.of("a", "b")));

        assertThat(headers).containsOnlyKeys("Content-Type", "X-Keep");
        assertThat(headers.get("content-type")).as("case-insensitive lookup")
                .containsExactly("text/plain");
        assertThat(headers.get("X-Keep")).containsExactly("a", "b");
    }

    @Test
    void callerQueryStringsPassUnchangedUnlessTheyAreNotValidInAUri() {
        assertThat(EngineHttp.query("a=1&b=two%20words&c=%7C")).isEqualTo(
                "a=1&b=two%20words&c=%7C");
        assertThat(EngineHttp.query("q=a b|c&p=100%")).isEqualTo("q=a%20b%7Cc&p=100%25");
        assertThat(EngineHttp.path("/a/b c/d")).isEqualTo("/a/b%20c/d");
    }

    @Test
    void tokensAreHs256SignedAndBackDatedForClockSkew() throws Exception {
        Hs256Jwt jwt = new Hs256Jwt("k3y-Secret");
        String token = jwt.token(Instant.ofEpochSecond(1_000_000));

        String[] parts = token.split("\\.");
        assertThat(parts).hasSize(3);
        assertThat(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8))
                .isEqualTo("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
        assertThat(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8))
                .isEqualTo("{\"exp\":1000300,\"iat\":999940,\"nbf\":999940}");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("k3y-Secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        assertThat(Base64.getUrlDecoder().decode(parts[2])).isEqualTo(mac.doFinal(
                (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII)));
        assertThat(jwt.toString()).doesNotContain("k3y-Secret");
    }

    private static ErrorKind kind(Exception cause) {
        return EngineErrors.transport(Operation.RUN, ENGINE, "POST /r/a/h",
                new ProcessingException(cause)).kind();
    }
}
