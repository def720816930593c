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
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpServer;
import io.dropwizard.util.Duration;
import io.laos.api.testing.FakeFunction;
import io.laos.api.testing.FakeIronFunctions;
import io.laos.api.testing.RecordedRequest;
import io.laos.common.driver.EngineApp;
import io.laos.common.driver.EngineRoute;
import io.laos.common.driver.InvocationRequest;
import io.laos.common.driver.InvocationResult;
import io.laos.common.error.EngineException;
import io.laos.common.error.ErrorKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs through {@code /r/...}: passthrough of status, headers and streamed bodies; failures. */
class IronFunctionsInvokeTest extends IronFunctionsTestSupport {
    /** A guard against a deadlock (a driver that buffers would block), not a timing check. */
    private static final java.time.Duration GUARD = java.time.Duration.ofSeconds(60);
    private static final EngineApp APP = app("a1");

    @BeforeEach
    void createRoutes() {
        driver.createApp(APP);
        driver.createRoute("a1", route("/echo", "echo", 30,
                Map.of("X-Route", List.of("r"), "Keep-Alive", List.of("timeout=5"),
                        "Proxy-Agent", List.of("p"))));
        driver.createRoute("a1", route("/fail", "fail"));
    }

    @Test
    void passesMethodQueryHeadersAndBodyAndReturnsTheAnswer() throws Exception {
        byte[] body = "{\"name\":\"laos\"}".getBytes(StandardCharsets.UTF_8);
        InvocationRequest call = call("POST", "/echo", "a=1&b=two%20words&c=%7C",
                Map.of("Content-Type", List.of("application/json; charset=UTF-8"),
                        "X-Custom", List.of("v1", "v2"), "Host", List.of("laos.example:443"),
                        "User-Agent", List.of("curl/8.5.0"),
                        "Content-Length", List.of(String.valueOf(body.length))),
                new ByteArrayInputStream(body), body.length);

        try (InvocationResult result = driver.invoke(call)) {
            assertThat(result.status()).isEqualTo(200);
            assertThat(result.body().readAllBytes()).isEqualTo(body);
            assertThat(first(result, "X-Echo-Method")).isEqualTo("POST");
            assertThat(first(result, "X-Echo-Query")).isEqualTo("a=1&b=two%20words&c=%7C");
            assertThat(first(result, "X-Route")).isEqualTo("r");
            assertThat(result.headers().keySet()).as("hop-by-hop headers are dropped")
                    .noneMatch(h -> h.equalsIgnoreCase("Keep-Alive")
                            || h.equalsIgnoreCase("Proxy-Agent")
                            || h.equalsIgnoreCase("Transfer-Encoding"));
            assertThat(result.errorMessage()).isEmpty();
        }
        RecordedRequest received = engine.requests().get(engine.requests().size() - 1);
        assertThat(received.path()).isEqualTo("/r/a1/echo");
        assertThat(received.header("Content-Type")).as("exactly as the caller wrote it")
                .isEqualTo("application/json; charset=UTF-8");
        assertThat(received.headers().get("X-custom")).as("as the caller sent them: two fields")
                .containsExactly("v1", "v2");
        assertThat(received.header("Host")).as("the engine's own host, not the caller's")
                .startsWith("127.0.0.1:");
        assertThat(received.header("User-Agent")).isEqualTo("curl/8.5.0");
        assertThat(received.header("Authorization")).isNull();
    }

    @Test
    void streamsAFewMebibytesOfBinaryBothWays() throws Exception {
        byte[] body = new byte[3 * 1024 * 1024 + 17];
        new Random(42).nextBytes(body);

        for (long declaredLength : new long[] {body.length, -1}) {
            try (InvocationResult result = driver.invoke(call("POST", "/echo", null,
                    Map.of("Content-Type", List.of("application/octet-stream")),
                    new ByteArrayInputStream(body), declaredLength))) {
                assertThat(result.status()).isEqualTo(200);
                assertThat(first(result, "X-Echo-Length")).isEqualTo(String.valueOf(body.length));
                assertThat(Arrays.equals(result.body().readAllBytes(), body)).isTrue();
            }
        }
    }

    @Test
    void theAnswerIsReturnedWhileTheFunctionIsStillWritingIt() throws Exception {
        CountDownLatch secondHalf = new CountDownLatch(1);
        byte[] first = "first half;".getBytes(StandardCharsets.UTF_8);
        engine.onImage("drip", c -> FakeFunction.Outcome.streaming(out -> {
            out.write(first);
            out.flush();
            secondHalf.await();
            out.write("second half".getBytes(StandardCharsets.UTF_8));
        }));
        driver.createRoute("a1", route("/drip", "drip"));

        assertTimeoutPreemptively(GUARD, () -> {
            try (InvocationResult result = driver.invoke(call("GET", "/drip", null, Map.of(),
                    InputStream.nullInputStream(), 0))) {
                // A driver that buffered the answer would still be waiting for the end.
                assertThat(result.body().readNBytes(first.length)).isEqualTo(first);
                secondHalf.countDown();
                assertThat(new String(result.body().readAllBytes(), StandardCharsets.UTF_8))
                        .isEqualTo("second half");
            }
        });
    }

    @Test
    void theRequestBodyIsSentWhileTheCallerIsStillProducingIt() throws Exception {
        int firstPart = 256 * 1024;
        CountDownLatch engineGotFirstPart = new CountDownLatch(1);
        engine.onImage("count", c -> {
            byte[] head = c.stdin().readNBytes(firstPart / 2);
            engineGotFirstPart.countDown();
            long total = head.length + c.stdin().transferTo(OutputStream.nullOutputStream());
            return FakeFunction.Outcome.success(String.valueOf(total).getBytes(
                    StandardCharsets.UTF_8));
        });
        driver.createRoute("a1", route("/count", "count"));
        // Produces the second part only once the engine has received data: a driver that read
        // the whole body before sending would wait forever.
        InputStream caller = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (sent == firstPart) {
                    try {
                        engineGotFirstPart.await();
                    } catch (InterruptedException e) {
                        throw new IOException(e);
                    }
                }
                if (sent >= 2 * firstPart) {
                    return -1;
                }
                int n = Math.min(len, (sent < firstPart ? firstPart : 2 * firstPart) - sent);
                Arrays.fill(b, off, off + n, (byte) 'x');
                sent += n;
                return n;
            }
        };

        assertTimeoutPreemptively(GUARD, () -> {
            try (InvocationResult result = driver.invoke(call("POST", "/count", null, Map.of(),
                    caller, 2L * firstPart))) {
                assertThat(new String(result.body().readAllBytes(), StandardCharsets.UTF_8))
                        .isEqualTo(String.valueOf(2 * firstPart));
            }
        });
    }

    @Test
    void getSendsNoBodyAndTheFunctionReadsThePayloadParameter() throws Exception {
        try (InvocationResult result = driver.invoke(call("GET", "/echo", "payload=hello%21",
                Map.of(), InputStream.nullInputStream(), 0))) {
            assertThat(result.status()).isEqualTo(200);
            assertThat(first(result, "X-Echo-Method")).isEqualTo("GET");
            assertThat(new String(result.body().readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo("hello!");
        }
    }

    @Test
    void aFailedFunctionIsAResultWithTheEnginesMessage() throws Exception {
        try (InvocationResult result = driver.invoke(call("POST", "/fail", null, Map.of(),
                new ByteArrayInputStream(new byte[] {1}), 1))) {
            assertThat(result.status()).isEqualTo(500);
            assertThat(result.errorMessage()).contains("exit code 1");
            assertThat(new String(result.body().readAllBytes(), StandardCharsets.UTF_8))
                    .contains("\"request_id\"", "exit code 1");
        }
    }

    @Test
    void aFunctionThatTimesOutOnTheEngineIsA504Result() throws Exception {
        driver.createRoute("a1", route("/slow", "slow", 1, Map.of()));
        engine.releaseSlowCalls();

        try (InvocationResult result = driver.invoke(call("POST", "/slow", null, Map.of(),
                InputStream.nullInputStream(), 0))) {
            assertThat(result.status()).isEqualTo(504);
            assertThat(result.errorMessage()).contains("Timed out");
        }
    }

    @Test
    void anEngineThatDoesNotAnswerWithinTheRouteTimeoutIsAnEngineTimeout() throws Exception {
        // The client's own timeout is far past the guard: only the per-call timeout (route
        // timeout 1 s plus no margin) can end this call in time.
        IronFunctionsDriver quick = driverFor(engine.url(), f -> {
            f.setRunTimeoutMargin(Duration.seconds(0));
            f.getClient().setTimeout(Duration.minutes(10));
        });
        quick.createRoute("a1", route("/hang", "echo", 1, Map.of()));
        FakeIronFunctions.Hold hold = engine.delayNext("POST", "/r/a1/hang");
        try {
            EngineException e = assertTimeoutPreemptively(GUARD, () -> engineFailure(
                    ErrorKind.ENGINE_TIMEOUT, () -> quick.invoke(call(route("/hang", "echo", 1,
                            Map.of()), "POST", "secret=1", Map.of(),
                            InputStream.nullInputStream(), 0))));
            assertThat(e.operatorDetail()).contains("POST /r/a1/hang").doesNotContain("secret");
        } finally {
            hold.release();
        }
    }

    @Test
    void aRouteTheEngineLostIsA404ResultWithItsMessage() throws Exception {
        try (InvocationResult result = driver.invoke(call("GET", "/missing", null, Map.of(),
                InputStream.nullInputStream(), 0))) {
            assertThat(result.status()).isEqualTo(404);
            assertThat(result.errorMessage()).contains("Route not found on that application");
        }
    }

    @Test
    void aLargeErrorBodyIsPassedThroughWholeWithoutAMessage() throws Exception {
        String big = "{\"error\":{\"message\":\"" + "x".repeat(100 * 1024) + "\"}}";
        engine.failNext("POST", "/r/a1/echo", 502, big);

        try (InvocationResult result = driver.invoke(call("POST", "/echo", null, Map.of(),
                InputStream.nullInputStream(), 0))) {
            assertThat(result.status()).isEqualTo(502);
            assertThat(result.errorMessage()).isEmpty();
            assertThat(new String(result.body().readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(big);
        }
    }

    @Test
    void closingAResultGivesTheConnectionBackEvenWhenTheBodyWasNotRead() throws Exception {
        IronFunctionsDriver small = driverFor(engine.url(), f -> {
            f.getClient().setMaxConnections(2);
            f.getClient().setMaxConnectionsPerRoute(2);
            f.getClient().setConnectionRequestTimeout(Duration.seconds(5));
        });

        for (int i = 0; i < 10; i++) {
            InvocationResult result = small.invoke(call("POST", "/echo", null, Map.of(),
                    new ByteArrayInputStream(new byte[100_000]), 100_000));
            assertThat(result.status()).isEqualTo(200);
            result.close();
        }
        // And an error result, whose body was peeked at.
        small.invoke(call("POST", "/fail", null, Map.of(), InputStream.nullInputStream(), 0))
                .close();
        small.invoke(call("POST", "/fail", null, Map.of(), InputStream.nullInputStream(), 0))
                .close();
        assertThat(small.invoke(call("POST", "/echo", null, Map.of(),
                InputStream.nullInputStream(), 0)).status()).isEqualTo(200);
    }

    @Test
    void resultsThatAreNeverClosedExhaustThePoolAndThatIsReportedAsUnavailable()
            throws Exception {
        IronFunctionsDriver one = driverFor(engine.url(), f -> {
            f.getClient().setMaxConnections(1);
            f.getClient().setMaxConnectionsPerRoute(1);
            f.getClient().setConnectionRequestTimeout(Duration.milliseconds(200));
        });
        InvocationResult held = one.invoke(call("POST", "/echo", null, Map.of(),
                new ByteArrayInputStream(new byte[10]), 10));
        try {
            EngineException e = engineFailure(ErrorKind.UNAVAILABLE, () -> one.invoke(call(
                    "POST", "/echo", null, Map.of(), InputStream.nullInputStream(), 0)));
            assertThat(e.operatorDetail()).contains("no free connection");
        } finally {
            held.close();
        }
    }

    @Test
    void anEngineThatIsDownIsUnavailable() throws Exception {
        engine.stop();
        IronFunctionsDriver fresh = driverFor(engine.url(), f -> { });

        EngineException e = engineFailure(ErrorKind.UNAVAILABLE, () -> fresh.invoke(call("POST",
                "/echo", null, Map.of(), new ByteArrayInputStream(new byte[] {1}), 1)));

        assertThat(e.getMessage())
                .isEqualTo("The functions engine is unreachable; try again later");
        assertThat(e.operatorDetail()).contains("POST /r/a1/echo");
    }

    @Test
    void aRunWhoseConnectionIsDroppedIsAnEngineFailureAndIsNotRepeated() {
        // A repeated POST could run the function twice: runs are never retried.
        engine.dropNext("POST", "/r/a1/echo");

        EngineException e = engineFailure(ErrorKind.ENGINE_FAILURE, () -> driver.invoke(call(
                "POST", "/echo", null, Map.of(), new ByteArrayInputStream(new byte[] {1}), 1)));

        assertThat(e.getMessage()).isEqualTo("The functions engine failed to run the function");
        assertThat(e.operatorDetail()).contains("closed the connection");
        assertThat(engine.calls("POST", "/r/a1/echo")).isEqualTo(1);
    }

    @Test
    void redirectsCookiesAndEncodingsOfTheAnswerReachTheCallerUntouched() throws Exception {
        // An engine (or a proxy in front of it) answering what a gateway must pass on as it is.
        byte[] gzipped = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        List<String> cookiesSeen = new CopyOnWriteArrayList<>();
        List<String> encodingsAsked = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            cookiesSeen.add(String.valueOf(exchange.getRequestHeaders().getFirst("Cookie")));
            encodingsAsked.add(String.valueOf(
                    exchange.getRequestHeaders().getFirst("Accept-Encoding")));
            exchange.getResponseHeaders().add("Location", "/r/a1/elsewhere");
            exchange.getResponseHeaders().add("Set-Cookie", "session=s1; Path=/");
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            exchange.sendResponseHeaders(302, gzipped.length);
            exchange.getResponseBody().write(gzipped);
            exchange.close();
        });
        server.start();
        track(() -> server.stop(0));
        IronFunctionsDriver direct = driverFor("http://127.0.0.1:"
                + server.getAddress().getPort(), f -> { });

        for (int i = 0; i < 2; i++) {
            try (InvocationResult result = direct.invoke(call("GET", "/echo", null, Map.of(),
                    InputStream.nullInputStream(), 0))) {
                assertThat(result.status()).as("not followed").isEqualTo(302);
                assertThat(first(result, "Location")).isEqualTo("/r/a1/elsewhere");
                assertThat(first(result, "Set-Cookie")).isEqualTo("session=s1; Path=/");
                assertThat(first(result, "Content-Encoding")).isEqualTo("gzip");
                assertThat(result.body().readAllBytes()).as("not decompressed")
                        .isEqualTo(gzipped);
            }
        }
        assertThat(cookiesSeen).as("no cookie kept from one caller's answer for another")
                .containsExactly("null", "null");
        assertThat(encodingsAsked).as("no encoding asked for on the caller's behalf")
                .containsExactly("null", "null");
    }

    private static InvocationRequest call(String method, String path, String query,
                                          Map<String, List<String>> headers, InputStream body,
                                          long length) {
        return call(route(path, "any"), method, query, headers, body, length);
    }

    private static InvocationRequest call(EngineRoute route, String method, String query,
                                          Map<String, List<String>> headers, InputStream body,
                                          long length) {
        return new InvocationRequest("call-1", APP, route, method,
                "/r/p1/app" + route.path() + (query == null ? "" : "?" + query), query, headers,
                body, length);
    }

    private static String first(InvocationResult result, String header) {
        List<String> values = result.headers().get(header);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
