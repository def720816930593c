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
package io.laos.api.driver.local;

import static io.laos.api.driver.local.LocalEngineFixture.CALL_ID;
import static io.laos.api.driver.local.LocalEngineFixture.EXAMPLES;
import static io.laos.api.driver.local.LocalEngineFixture.bytes;
import static io.laos.api.driver.local.LocalEngineFixture.call;
import static io.laos.api.driver.local.LocalEngineFixture.route;
import static io.laos.api.driver.local.LocalEngineFixture.script;
import static io.laos.api.driver.local.LocalEngineFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.laos.common.driver.EngineRoute;
import io.laos.common.driver.InvocationResult;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Calls of real scripts: the answer, the status, the log (API.md 5.3 without its bugs). */
class LocalDriverInvokeTest {
    @TempDir
    Path temp;

    private LocalDriver driver;

    @BeforeEach
    void start() {
        driver = LocalEngineFixture.driver(temp, Map.of(
                "laos/hello", List.of(EXAMPLES.resolve("hello/hello.sh").toString()),
                "laos/echo", List.of(EXAMPLES.resolve("echo/echo.sh").toString()),
                "test/exit3", script("exit3.sh"),
                "test/cat", script("cat.sh"),
                "test/big", script("big-output.sh"),
                "test/chatty", script("chatty-stderr.sh")),
                Map.of("outputMemoryLimit", "1MiB", "logLimit", "1KiB"));
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void helloGreetsTheNameInTheBody() {
        EngineRoute hello = route("/hello", "laos/hello");

        InvocationResult named = driver.invoke(call(hello, "{\"name\": \"Ada\"}".getBytes()));
        InvocationResult plain = driver.invoke(call(hello, "Bob".getBytes()));
        InvocationResult empty = driver.invoke(call(hello, new byte[0]));

        assertThat(named.status()).isEqualTo(200);
        assertThat(named.headers()).containsEntry("Content-Type",
                List.of("text/plain; charset=utf-8"));
        assertThat(named.log()).hasValueSatisfying(log -> assertThat(log).contains("'Ada'"));
        assertThat(named.errorMessage()).isEmpty();
        assertThat(text(named)).isEqualTo("Hello Ada!\n");
        assertThat(text(plain)).isEqualTo("Hello Bob!\n");
        assertThat(text(empty)).isEqualTo("Hello World!\n");
    }

    @Test
    void echoShowsTheRequestAndTheRouteHeadersAreAdded() {
        EngineRoute echo = route("/echo", "laos/echo", 30, 1,
                Map.of("Content-Type", List.of("application/x-echo"), "X-Route", List.of("r")),
                Map.of());

        InvocationResult result = driver.invoke(call(echo, Map.of(), "GET",
                Map.of("Host", List.of("laos.example:10001"), "X-Foo", List.of("a", "b")),
                new ByteArrayInputStream("the body".getBytes())));

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.headers()).containsEntry("Content-Type", List.of("application/x-echo"))
                .containsEntry("X-Route", List.of("r"));
        assertThat(text(result)).contains("method: GET\n", "route: /echo\n",
                "request_url: http://laos.example:10001/r/p1/myapp/echo?x=1\n",
                "call_id: " + CALL_ID + "\n", "HEADER_X_FOO=a b\n", "HEADER_HOST=")
                .endsWith("\n\nthe body");
    }

    @Test
    void binaryBodiesRoundTrip() {
        byte[] body = new byte[300_000];
        new Random(42).nextBytes(body);
        for (int i = 0; i < 256; i++) {
            body[i] = (byte) i;
        }

        InvocationResult result = driver.invoke(call(route("/cat", "test/cat"), body));

        assertThat(result.status()).isEqualTo(200);
        assertThat(bytes(result)).isEqualTo(body);
    }

    @Test
    void aNonZeroExitIsA500WithTheExitCodeAndNoOutput() throws Exception {
        EngineRoute failing = route("/fail", "test/exit3", 30, 1,
                Map.of("Content-Type", List.of("text/html"), "X-Route", List.of("r")), Map.of());

        InvocationResult result = driver.invoke(call(failing, new byte[0]));

        assertThat(result.status()).isEqualTo(500);
        assertThat(result.errorMessage()).contains("exit code 3");
        assertThat(result.log()).hasValueSatisfying(
                log -> assertThat(log).contains("exit3: something went wrong"));
        assertThat(result.headers()).containsOnlyKeys("Content-Type")
                .containsEntry("Content-Type", List.of("application/json"));
        JsonNode body = new ObjectMapper().readTree(bytes(result));
        assertThat(body.path("request_id").asText()).isEqualTo(CALL_ID);
        assertThat(body.path("error").path("message").asText()).isEqualTo("exit code 3");
        assertThat(body.toString()).doesNotContain("partial output");
    }

    @Test
    void largeOutputSpillsToATempFileThatIsGoneAfterwards() throws Exception {
        InvocationResult result = driver.invoke(call(route("/big", "test/big"), new byte[0]));

        assertThat(result.status()).isEqualTo(200);
        byte[] out = bytes(result);
        assertThat(out).hasSize(5 * 1024 * 1024);
        assertThat(new String(out, StandardCharsets.US_ASCII)).matches("x+");
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).noneMatch(p -> p.getFileName().toString().startsWith("laos-output"));
        }
    }

    @Test
    void aLongLogIsCutWithAMarker() {
        InvocationResult result = driver.invoke(call(route("/chatty", "test/chatty"),
                new byte[0]));

        assertThat(text(result)).isEqualTo("ok\n");
        assertThat(result.log()).hasValue("e".repeat(1024) + "\n"
                + "[log truncated: " + (100_000 - 1024) + " bytes dropped]\n");
    }

    @Test
    void anImageRemovedFromTheConfigAnswers500() throws Exception {
        InvocationResult result = driver.invoke(call(route("/gone", "laos/gone"), new byte[0]));

        assertThat(result.status()).isEqualTo(500);
        assertThat(new ObjectMapper().readTree(bytes(result)).path("error").path("message")
                .asText()).contains("laos/gone");
    }
}
