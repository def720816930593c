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
import static io.laos.api.driver.local.LocalEngineFixture.bytes;
import static io.laos.api.driver.local.LocalEngineFixture.call;
import static io.laos.api.driver.local.LocalEngineFixture.route;
import static io.laos.api.driver.local.LocalEngineFixture.script;
import static io.laos.api.driver.local.LocalEngineFixture.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.laos.common.driver.EngineRoute;
import io.laos.common.driver.InvocationResult;
import io.laos.common.model.RouteFormat;
import io.laos.common.model.RouteType;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Timeout, max_concurrency, memory and shutdown. Synchronised by latches, never by sleeps. */
class LocalDriverLimitsTest {
    @TempDir
    Path temp;

    private LocalDriver driver;
    private final ExecutorService callers = Executors.newCachedThreadPool();

    @BeforeEach
    void start() {
        driver = LocalEngineFixture.driver(temp, Map.of(
                "test/sleep-tree", script("sleep-tree.sh"),
                "test/cat", script("cat.sh"),
                "test/ulimit", script("ulimit.sh")),
                Map.of("maxQueued", 0));
    }

    @AfterEach
    void stop() {
        driver.close();
        callers.shutdownNow();
    }

    @Test
    void aTimeoutAnswers504AndKillsTheWholeProcessTree() throws Exception {
        EngineRoute sleepy = route("/sleep", "test/sleep-tree", 1, 1, Map.of(), Map.of());

        InvocationResult result = driver.invoke(call(sleepy, new byte[0]));

        assertThat(result.status()).isEqualTo(504);
        assertThat(result.errorMessage()).contains("Timed out");
        JsonNode body = new ObjectMapper().readTree(bytes(result));
        assertThat(body.path("request_id").asText()).isEqualTo(CALL_ID);
        assertThat(body.path("error").path("message").asText()).isEqualTo("Timed out");
        String log = result.log().orElseThrow();
        for (String role : List.of("self", "child", "grandchild")) {
            Matcher pid = Pattern.compile(role + " (\\d+)").matcher(log);
            assertThat(pid.find()).as("%s pid in the log: %s", role, log).isTrue();
            ProcessHandle.of(Long.parseLong(pid.group(1))).ifPresent(p -> {
                try {
                    p.onExit().get(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new AssertionError(role + " still alive", e);
                }
            });
        }
    }

    @Test
    void aFullRouteAnswers503WhileTheRunningCallGoesOn() throws Exception {
        EngineRoute cat = route("/cat", "test/cat", 30, 1, Map.of(), Map.of());
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<InvocationResult> first = callers.submit(
                () -> driver.invoke(call(cat, new GatedBody(running, release))));
        // The body is read only once the first call holds the route's one slot.
        assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();

        InvocationResult second = driver.invoke(call(cat, "second".getBytes()));

        assertThat(second.status()).isEqualTo(503);
        JsonNode body = new ObjectMapper().readTree(bytes(second));
        assertThat(body.path("error").path("message").asText()).isEqualTo(
                "Too many concurrent calls of this function (max_concurrency 1); try again later");
        assertThat(body.path("error").path("code").asInt()).isEqualTo(503);
        assertThat(second.errorMessage()).isPresent();

        release.countDown();
        InvocationResult done = first.get(30, TimeUnit.SECONDS);
        assertThat(done.status()).isEqualTo(200);
        assertThat(text(done)).isEqualTo("gated");
        InvocationResult third = driver.invoke(call(cat, "third".getBytes()));
        assertThat(text(third)).isEqualTo("third");
    }

    @Test
    void theRouteMemoryLimitsAddressSpace() {
        assumeThat(MemoryLimits.detect(System.getenv().getOrDefault("PATH", "")).mode())
                .isNotEqualTo(MemoryLimits.Mode.NONE);
        EngineRoute limited = new EngineRoute("/ulimit", "test/ulimit", RouteType.SYNC,
                RouteFormat.DEFAULT, 64, 30, 30, 1, Map.of(), Map.of());

        InvocationResult result = driver.invoke(call(limited, new byte[0]));

        assertThat(text(result)).isEqualTo((64 * 1024) + "\n");
    }

    @Test
    void closingTheDriverKillsRunningFunctions() throws Exception {
        EngineRoute cat = route("/cat", "test/cat", 30, 1, Map.of(), Map.of());
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        Future<InvocationResult> call = callers.submit(
                () -> driver.invoke(call(cat, new GatedBody(running, never))));
        assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();
        List<ProcessHandle> children = ProcessHandle.current().children().toList();
        assertThat(children).isNotEmpty();

        driver.close();

        for (ProcessHandle child : children) {
            child.onExit().get(10, TimeUnit.SECONDS);
        }
        assertThat(call.get(30, TimeUnit.SECONDS).status()).isNotEqualTo(200);
        never.countDown();
    }

    /** A request body that says when it is first read, then waits to be released. */
    private static final class GatedBody extends InputStream {
        private final CountDownLatch reading;
        private final CountDownLatch release;
        private final ByteArrayInputStream content =
                new ByteArrayInputStream("gated".getBytes());

        GatedBody(CountDownLatch reading, CountDownLatch release) {
            this.reading = reading;
            this.release = release;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            reading.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
            return content.read(b, off, len);
        }
    }
}
