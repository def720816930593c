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
import io.laos.api.testing.LaosTestApp;
import io.laos.api.testing.ScriptedDriver;
import io.laos.common.model.Call;
import io.laos.common.model.CallStatus;
import io.laos.common.model.RunTarget;
import io.laos.db.dao.CallDao;
import io.laos.db.dao.RunTargetDao;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Nothing recorded or accepted is lost across a stop and a start of LaOS. */
class RestartTest {

    @Test
    void syncRecordsWaitingToBeWrittenAreWrittenOnShutdown() throws Exception {
        // A batch waits an hour to fill: only the shutdown can write these records.
        LaosTestApp app = LaosTestApp.withConfig(RUNS_CONFIG,
                ConfigOverride.config("runs.recordFlushInterval", "1h"),
                ConfigOverride.config("runs.recordBatchSize", "1000"));
        try {
            app.route("p1", "a", "{\"path\":\"/echo\",\"image\":\"test/echo\"}");
            for (int i = 0; i < 5; i++) {
                expect(app.sendRaw(app.request("/r/p1/a/echo").POST(
                        HttpRequest.BodyPublishers.ofString("n" + i))), 200);
            }
            assertThat(app.countRows("calls")).isZero();
            app.restart();
            assertThat(app.json("GET", "/v1/p1/calls", null, 200).get("calls")).hasSize(5)
                    .allMatch(c -> c.get("status").asText().equals("success"));
        } finally {
            app.close();
        }
    }

    @Test
    void queuedCallsRunAfterARestartAndRunningOnesAreMarkedInterrupted() throws Exception {
        LaosTestApp app = LaosTestApp.withConfig(RUNS_CONFIG);
        try {
            app.route("p1", "a", "{\"path\":\"/later\",\"image\":\"test/log:3\","
                    + "\"type\":\"async\"}");
            app.close();
            // What a crash leaves behind: queued calls with their requests, and calls that were
            // running, in this node and in another one.
            CallDao calls = app.jdbi().onDemand(CallDao.class);
            RunTarget target = app.jdbi().onDemand(RunTargetDao.class)
                    .find("p1", "a", "/later").orElseThrow();
            Instant before = Instant.now().minusSeconds(60);
            List<String> queued = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Call call = Call.queued(UUID.randomUUID().toString(), target,
                        before.plusMillis(i));
                calls.insertQueued(call, AsyncRequests.encode(new RunRequest("POST",
                        "/r/p1/a/later", null, Map.of("X-N", List.of("" + i)),
                        new ByteArrayInputStream(new byte[0]), 1)), new byte[] {(byte) i});
                queued.add(call.id());
            }
            String mine = plantRunning(calls, target, "test-node", before);
            String theirs = plantRunning(calls, target, "other-node", before);

            app.restart();
            app.settle();
            for (String id : queued) {
                JsonNode call = app.json("GET", "/v1/p1/calls/" + id, null, 200).get("call");
                assertThat(call.get("status").asText()).isEqualTo("success");
                assertThat(app.json("GET", "/v1/p1/calls/" + id + "/log", null, 200)
                        .at("/log/text").asText()).isEqualTo("xxx");
            }
            JsonNode interrupted = app.json("GET", "/v1/p1/calls/" + mine, null, 200)
                    .get("call");
            assertThat(interrupted.get("status").asText()).isEqualTo("error");
            assertThat(interrupted.get("error").asText()).isEqualTo(AsyncRunner.INTERRUPTED);
            assertThat(app.json("GET", "/v1/p1/calls/" + theirs, null, 200)
                    .at("/call/status").asText()).isEqualTo("running");
        } finally {
            app.close();
        }
    }

    @Test
    void aCleanStopLeavesWaitingAsyncCallsQueuedForTheNextStart() throws Exception {
        LaosTestApp app = LaosTestApp.withConfig(RUNS_CONFIG,
                ConfigOverride.config("runs.asyncWorkers", "1"));
        try {
            app.route("p1", "a", "{\"path\":\"/hold\",\"image\":\"test/block\","
                    + "\"type\":\"async\"}");
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                HttpResponse<byte[]> r = app.sendRaw(app.request("/r/p1/a/hold").POST(
                        HttpRequest.BodyPublishers.ofString("n" + i)));
                expect(r, 202);
                ids.add(parse(r.body()).get("call_id").asText());
                if (i == 0) {
                    // The first call holds the only worker before the others arrive.
                    assertThat(ScriptedDriver.started("/hold").await(20, TimeUnit.SECONDS))
                            .isTrue();
                }
            }
            // The running call outlives the drain timeout and is interrupted (recorded as an
            // engine failure); the two waiting calls stay queued.
            app.close();
            CallDao calls = app.jdbi().onDemand(CallDao.class);
            assertThat(calls.find("p1", ids.get(0)).orElseThrow().status())
                    .isEqualTo(CallStatus.ERROR);
            assertThat(calls.find("p1", ids.get(1)).orElseThrow().status())
                    .isEqualTo(CallStatus.QUEUED);
            assertThat(calls.find("p1", ids.get(2)).orElseThrow().status())
                    .isEqualTo(CallStatus.QUEUED);

            ScriptedDriver.release("/hold");
            app.restart();
            app.settle();
            for (String id : ids.subList(1, 3)) {
                assertThat(calls.find("p1", id).orElseThrow().status())
                        .isEqualTo(CallStatus.SUCCESS);
            }
        } finally {
            app.close();
        }
    }

    private static String plantRunning(CallDao calls, RunTarget target, String node,
                                       Instant at) {
        Call call = Call.queued(UUID.randomUUID().toString(), target, at);
        calls.insertQueued(call, "{}", new byte[0]);
        calls.claim(call.id(), node, at);
        return call.id();
    }
}
