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
package io.laos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.laos.api.testing.LaosTestApp;
import io.laos.cli.testing.Cli;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code laos run} against LaOS's local engine running small shell functions. */
class RunCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final LaosTestApp laos = LaosTestApp.perClass("cli/laos-local.yml");

    @TempDir
    Path tmp;
    private Cli cli;

    @BeforeEach
    void client() {
        cli = Cli.noauth(tmp, laos, "p" + UUID.randomUUID().toString().replace("-", ""));
        assertThat(cli.run("app", "create", "app").status()).isZero();
        assertThat(cli.run("route", "create", "app", "/cat", "--image", "test/cat").status())
                .isZero();
    }

    private static byte[] everyByte() {
        byte[] bytes = new byte[256 * 4];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }

    @Test
    void printsTheFunctionsOutputAsItIs() {
        Cli.Result r = cli.run("run", "app", "/cat", "--data", "hello, wörld");

        assertThat(r.status()).as(r.toString()).isZero();
        assertThat(r.stdoutBytes()).isEqualTo("hello, wörld".getBytes(StandardCharsets.UTF_8));
        assertThat(r.stderr()).isEmpty();
    }

    @Test
    void sendsStandardInputByteForByte() {
        Cli.Result r = cli.run(everyByte(), "run", "app", "cat");

        assertThat(r.status()).as(r.toString()).isZero();
        assertThat(r.stdoutBytes()).isEqualTo(everyByte());
    }

    @Test
    void sendsAFile() throws Exception {
        Path file = Files.write(tmp.resolve("body.bin"), everyByte());

        assertThat(cli.run("run", "app", "/cat", "--file", file.toString()).stdoutBytes())
                .isEqualTo(everyByte());
        assertThat(cli.run("x".getBytes(StandardCharsets.UTF_8), "run", "app", "/cat",
                "--file", "-").stdout()).isEqualTo("x");
    }

    @Test
    void anUnreadableFileIsAnError() {
        Cli.Result r = cli.run("run", "app", "/cat", "--file", tmp.resolve("nope").toString());

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.stderr()).startsWith("Error: Cannot read ");
    }

    @Test
    void withoutABodyItIsAGet() {
        Cli.Result r = cli.run("--debug", "run", "app", "/cat");

        assertThat(r.status()).as(r.toString()).isZero();
        assertThat(r.stdout()).isEmpty();
        assertThat(r.stderr()).contains("REQ: GET " + laos.url() + "/r/");
    }

    @Test
    void methodAndHeadersAreSent() {
        Cli.Result r = cli.run("run", "app", "/cat", "--data", "x", "--method", "put",
                "--header", "X-Test: yes", "--debug");

        assertThat(r.status()).as(r.toString()).isZero();
        assertThat(r.stderr()).contains("REQ: PUT ").containsIgnoringCase("x-test: yes");
        assertThat(r.stdout()).isEqualTo("x");
    }

    @Test
    void anAsyncRouteAnswersItsCallId() throws Exception {
        cli.run("route", "create", "app", "/later", "--image", "test/cat", "--type", "async");

        Cli.Result r = cli.run("run", "app", "/later", "--data", "x", "--async");

        assertThat(r.status()).as(r.toString()).isZero();
        String callId = r.stdout().strip();
        assertThat(r.stdout()).isEqualTo(callId + "\n");
        laos.settle();
        Cli.Result call = cli.run("call", "show", callId, "-f", "json");
        assertThat(JSON.readTree(call.stdout()).path("status").asText()).isEqualTo("success");
        assertThat(JSON.readTree(call.stdout()).path("type").asText()).isEqualTo("async");
    }

    @Test
    void asyncRunsASyncRouteAsyncAndPrintsTheCallId() throws Exception {
        Cli.Result r = cli.run("run", "app", "/cat", "--data", "now", "--async");

        assertThat(r.status()).as(r.toString()).isZero();
        assertThat(r.stderr()).isEmpty();
        String callId = r.stdout().strip();
        assertThat(r.stdout()).isEqualTo(callId + "\n");
        laos.settle();
        Cli.Result call = cli.run("call", "show", callId, "-f", "json");
        assertThat(JSON.readTree(call.stdout()).path("type").asText()).isEqualTo("async");
        assertThat(JSON.readTree(call.stdout()).path("path").asText()).isEqualTo("/cat");
    }

    @Test
    void anUnknownRouteIsTheServersError() {
        Cli.Result r = cli.run("run", "app", "/nope");

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.stdout()).isEmpty();
        assertThat(r.stderr()).startsWith("Error: No route '/nope' in an app 'app'")
                .contains("(HTTP 404, request req-");
    }

    @Test
    void aFailedRunExitsNonZeroWithTheError() {
        cli.run("route", "create", "app", "/fail", "--image", "test/fail");

        Cli.Result r = cli.run("run", "app", "/fail", "--data", "x");

        assertThat(r.status()).as(r.toString()).isEqualTo(1);
        assertThat(r.stderr()).startsWith("Error: ").containsPattern("\\(HTTP 5\\d\\d");
        assertThat(r.stderr()).doesNotContain("\tat ");
    }
}
