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
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.laos.api.testing.LaosTestApp;
import io.laos.common.model.Call;
import io.laos.common.model.CallLog;
import io.laos.common.model.CallOutcome;
import io.laos.common.model.CallStatus;
import io.laos.common.model.RouteType;
import io.laos.common.model.RunTarget;
import io.laos.db.dao.CallDao;
import io.laos.db.dao.RunTargetDao;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The calls and usage APIs, over records planted with known times and durations (so that every
 * figure can be checked exactly) and over records of real runs.
 */
class CallsApiTest {
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static LaosTestApp app;
    static CallDao calls;
    static RunTarget x;
    static RunTarget y;

    @BeforeAll
    static void start() throws Exception {
        app = LaosTestApp.withConfig(RUNS_CONFIG);
        app.route("planted", "a", "{\"path\":\"/x\",\"image\":\"test/echo\",\"memory\":256}");
        app.route("planted", "b", "{\"path\":\"/y\",\"image\":\"test/echo\",\"memory\":128}");
        app.route("ran", "a", "{\"path\":\"/ok\",\"image\":\"test/echo\",\"memory\":512}");
        app.route("ran", "a", "{\"path\":\"/ko\",\"image\":\"test/fail\"}");
        calls = app.jdbi().onDemand(CallDao.class);
        RunTargetDao targets = app.jdbi().onDemand(RunTargetDao.class);
        x = targets.find("planted", "a", "/x").orElseThrow();
        y = targets.find("planted", "b", "/y").orElseThrow();
        List<Call> planted = new ArrayList<>();
        // Route x: ten calls of 10..100 ms one second apart, the last one timed out;
        // route y: two errors of 7 ms and 9 ms; one queued async call on y.
        for (int i = 1; i <= 10; i++) {
            planted.add(call(x, T0.plusSeconds(i), i * 10L,
                    i == 10 ? CallStatus.TIMEOUT : CallStatus.SUCCESS));
        }
        planted.add(call(y, T0.plusSeconds(20), 7, CallStatus.ERROR));
        planted.add(call(y, T0.plusSeconds(21), 9, CallStatus.ERROR));
        calls.insertFinished(planted, List.of(new CallLog(planted.get(10).id(), "stderr", true)));
        calls.insertQueued(Call.queued(UUID.randomUUID().toString(), y, T0.plusSeconds(22)),
                "{}", new byte[0]);
    }

    static Call call(RunTarget t, Instant at, long ms, CallStatus status) {
        int http = status == CallStatus.SUCCESS ? 200 : status == CallStatus.TIMEOUT ? 504 : 500;
        return Call.finished(UUID.randomUUID().toString(), t, RouteType.SYNC, at, at,
                at.plusMillis(ms), new CallOutcome(status, http,
                        status == CallStatus.SUCCESS ? null : "it failed"));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void listsNewestFirstWithFiltersAndFollowsNextLinks() throws Exception {
        JsonNode all = app.json("GET", "/v1/planted/calls", null, 200);
        assertThat(all.get("calls")).hasSize(13);
        assertThat(all.at("/calls/0/status").asText()).isEqualTo("queued");
        assertThat(all.at("/calls/1/created_at").asText()).isEqualTo("2026-01-01T00:00:21.000Z");
        assertThat(all.at("/links/next").isMissingNode()).isTrue();

        List<String> paged = new ArrayList<>();
        String next = "/v1/planted/calls?limit=4";
        while (next != null) {
            JsonNode page = app.json("GET", next, null, 200);
            page.get("calls").forEach(c -> paged.add(c.get("id").asText()));
            JsonNode link = page.at("/links/next");
            next = link.isMissingNode() ? null : URI.create(link.asText()).getRawPath() + "?"
                    + URI.create(link.asText()).getRawQuery();
        }
        List<String> ids = new ArrayList<>();
        all.get("calls").forEach(c -> ids.add(c.get("id").asText()));
        assertThat(paged).isEqualTo(ids);

        assertThat(app.json("GET", "/v1/planted/calls?app=b", null, 200).get("calls"))
                .hasSize(3);
        assertThat(app.json("GET", "/v1/planted/calls?route=x", null, 200).get("calls"))
                .hasSize(10);
        assertThat(app.json("GET", "/v1/planted/calls?app=a&route=/x&status=timeout", null,
                200).get("calls")).hasSize(1);
        JsonNode window = app.json("GET", "/v1/planted/calls?since=2026-01-01T00:00:02Z"
                + "&until=2026-01-01T01:00:04%2B01:00", null, 200);
        assertThat(window.get("calls")).extracting(c -> c.get("created_at").asText())
                .containsExactly("2026-01-01T00:00:03.000Z", "2026-01-01T00:00:02.000Z");
        assertThat(app.json("GET", "/v1/planted/calls?since=2026-01-02", null, 200)
                .get("calls")).isEmpty();
    }

    @Test
    void refusesBadQueriesAndNeverShowsAnotherProjectsCalls() throws Exception {
        for (String bad : new String[] {"?colour=red", "?status=done", "?since=yesterday",
                "?limit=0", "?limit=1001", "?marker=" + UUID.randomUUID()}) {
            JsonNode e = app.json("GET", "/v1/planted/calls" + bad, null, 400);
            assertThat(e.at("/error/code").asInt()).isEqualTo(400);
        }
        String id = app.json("GET", "/v1/planted/calls?limit=1", null, 200).at("/calls/0/id")
                .asText();
        app.json("GET", "/v1/planted/calls/" + id, null, 200);
        app.json("GET", "/v1/other/calls/" + id, null, 404);
        app.json("GET", "/v1/other/calls?marker=" + id, null, 400);
        assertThat(app.json("GET", "/v1/other/calls", null, 200).get("calls")).isEmpty();
        app.json("GET", "/v1/planted/calls/" + UUID.randomUUID(), null, 404);
    }

    @Test
    void showsLogsOnlyWhereTheEngineGaveOne() throws Exception {
        JsonNode errors = app.json("GET", "/v1/planted/calls?status=error", null, 200);
        String withLog = errors.at("/calls/1/id").asText();
        String without = errors.at("/calls/0/id").asText();
        JsonNode log = app.json("GET", "/v1/planted/calls/" + withLog + "/log", null, 200);
        assertThat(log.get("log").get("text").asText()).isEqualTo("stderr");
        assertThat(log.get("log").get("truncated").asBoolean()).isTrue();
        app.json("GET", "/v1/planted/calls/" + without + "/log", null, 404);
        app.json("GET", "/v1/other/calls/" + withLog + "/log", null, 404);
    }

    @Test
    void usageGivesExactCountsDurationsPercentilesAndMemoryTime() throws Exception {
        JsonNode usage = app.json("GET", "/v1/planted/usage?since=2026-01-01T00:00:00Z"
                + "&until=2026-01-02T00:00:00Z", null, 200).get("usage");
        assertThat(usage.get("since").asText()).isEqualTo("2026-01-01T00:00:00.000Z");
        JsonNode ux = usage.at("/routes/0");
        assertThat(ux.get("app_name").asText()).isEqualTo("a");
        assertThat(ux.get("path").asText()).isEqualTo("/x");
        assertThat(ux.at("/calls/success").asLong()).isEqualTo(9);
        assertThat(ux.at("/calls/timeout").asLong()).isEqualTo(1);
        assertThat(ux.at("/calls/total").asLong()).isEqualTo(10);
        assertThat(ux.at("/duration_ms/total").asLong()).isEqualTo(550);
        assertThat(ux.at("/duration_ms/p50").asLong()).isEqualTo(50);
        assertThat(ux.at("/duration_ms/p99").asLong()).isEqualTo(100);
        assertThat(ux.get("memory_mib_seconds").decimalValue())
                .isEqualByComparingTo("140.8");
        JsonNode uy = usage.at("/routes/1");
        assertThat(uy.get("app_name").asText()).isEqualTo("b");
        assertThat(uy.at("/calls/error").asLong()).isEqualTo(2);
        assertThat(uy.at("/calls/queued").asLong()).isEqualTo(1);
        assertThat(uy.at("/duration_ms/p50").asLong()).isEqualTo(7);
        assertThat(uy.at("/duration_ms/p99").asLong()).isEqualTo(9);
        assertThat(uy.get("memory_mib_seconds").decimalValue()).isEqualByComparingTo("2.048");
        assertThat(usage.at("/totals/calls/total").asLong()).isEqualTo(13);
        assertThat(usage.at("/totals/duration_ms").asLong()).isEqualTo(566);

        JsonNode narrow = app.json("GET", "/v1/planted/usage?since=2026-01-01T00:00:01Z"
                + "&until=2026-01-01T00:00:03Z", null, 200).get("usage");
        assertThat(narrow.get("routes")).hasSize(1);
        assertThat(narrow.at("/routes/0/calls/total").asLong()).isEqualTo(2);
        assertThat(narrow.at("/routes/0/duration_ms/total").asLong()).isEqualTo(30);
        app.json("GET", "/v1/planted/usage?since=2026-01-02&until=2026-01-01", null, 400);
        app.json("GET", "/v1/planted/usage?from=2026-01-01", null, 400);
    }

    @Test
    void usageOfRealRunsAddsUpToTheirRecords() throws Exception {
        for (int i = 0; i < 3; i++) {
            expect(app.sendRaw(app.request("/r/ran/a/ok").POST(
                    HttpRequest.BodyPublishers.ofString("hi"))), 200);
        }
        for (int i = 0; i < 2; i++) {
            expect(app.sendRaw(app.request("/r/ran/a/ko").GET()), 500);
        }
        app.settle();
        JsonNode records = app.json("GET", "/v1/ran/calls?route=/ok", null, 200).get("calls");
        long okMs = 0;
        for (JsonNode c : records) {
            okMs += c.get("duration_ms").asLong();
            assertThat(c.get("status").asText()).isEqualTo("success");
        }
        JsonNode usage = app.json("GET", "/v1/ran/usage", null, 200).get("usage");
        JsonNode ko = usage.at("/routes/0");
        JsonNode ok = usage.at("/routes/1");
        assertThat(ko.get("path").asText()).isEqualTo("/ko");
        assertThat(ko.at("/calls/error").asLong()).isEqualTo(2);
        assertThat(ko.at("/calls/total").asLong()).isEqualTo(2);
        assertThat(ok.at("/calls/success").asLong()).isEqualTo(3);
        assertThat(ok.at("/duration_ms/total").asLong()).isEqualTo(okMs);
        assertThat(ok.get("memory_mib_seconds").decimalValue())
                .isEqualByComparingTo(java.math.BigDecimal.valueOf(512 * okMs, 3));
    }
}
