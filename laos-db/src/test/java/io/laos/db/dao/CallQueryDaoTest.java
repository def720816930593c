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
package io.laos.db.dao;

import static io.laos.db.dao.CallFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.laos.common.model.Call;
import io.laos.common.model.CallStatus;
import io.laos.common.model.RunTarget;
import io.laos.db.TestDatabases;
import io.laos.db.TestDatabases.TestDatabase;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CallQueryDaoTest {

    static List<TestDatabase> databases() {
        return TestDatabases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void listsNewestFirstWithFiltersAndKeysetPages(TestDatabase db) {
        CallDao dao = db.jdbi().onDemand(CallDao.class);
        CallQueryDao query = db.jdbi().onDemand(CallQueryDao.class);
        String project = TestDatabases.uniqueProject();
        RunTarget x = CallFixtures.target(project, "a", "/x", 128);
        RunTarget y = CallFixtures.target(project, "b", "/y", 128);
        Call c1 = CallFixtures.finished(x, 1, 1, CallStatus.SUCCESS);
        Call c2 = CallFixtures.finished(y, 2, 1, CallStatus.ERROR);
        // Three calls in the same millisecond: the id breaks the tie, the same on every page.
        Call c3 = CallFixtures.finished(x, 3, 1, CallStatus.SUCCESS);
        Call c4 = CallFixtures.finished(x, 3, 1, CallStatus.TIMEOUT);
        Call c5 = CallFixtures.finished(x, 3, 1, CallStatus.SUCCESS);
        CallFixtures.insert(dao, c1, c2, c3, c4, c5);
        CallFixtures.insert(dao, CallFixtures.finished(
                CallFixtures.target(TestDatabases.uniqueProject(), "a", "/x", 1), 3, 1,
                CallStatus.SUCCESS));

        List<Call> all = query.list(new CallFilter(project, null, null, null, null, null, null,
                100));
        assertThat(all).hasSize(5);
        assertThat(all).extracting(Call::createdAt).isSortedAccordingTo(
                java.util.Comparator.reverseOrder());
        List<Call> paged = new java.util.ArrayList<>();
        Call marker = null;
        do {
            List<Call> page = query.list(new CallFilter(project, null, null, null, null, null,
                    marker, 2));
            paged.addAll(page);
            marker = page.size() == 2 ? page.get(1) : null;
        } while (marker != null);
        assertThat(paged).isEqualTo(all);

        assertThat(query.list(new CallFilter(project, "a", null, null, null, null, null, 100)))
                .extracting(Call::id).containsExactlyInAnyOrder(c1.id(), c3.id(), c4.id(),
                        c5.id());
        assertThat(query.list(new CallFilter(project, null, "/y", null, null, null, null, 100)))
                .extracting(Call::id).containsExactly(c2.id());
        assertThat(query.list(new CallFilter(project, "a", "/x", CallStatus.SUCCESS, null, null,
                null, 100))).extracting(Call::id).containsExactlyInAnyOrder(c1.id(), c3.id(),
                c5.id());
        assertThat(query.list(new CallFilter(project, null, null, null, T0.plusMillis(2),
                T0.plusMillis(3), null, 100))).extracting(Call::id).containsExactly(c2.id());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void usageCountsSumsAndExactPercentilesPerRoute(TestDatabase db) {
        CallDao dao = db.jdbi().onDemand(CallDao.class);
        String project = TestDatabases.uniqueProject();
        RunTarget x = CallFixtures.target(project, "a", "/x", 256);
        RunTarget y = CallFixtures.target(project, "a", "/y", 128);
        // Route x: durations 1..100 ms, the 100th timed out; route y: one error of 7 ms.
        List<Call> calls = new java.util.ArrayList<>();
        for (int ms = 1; ms <= 100; ms++) {
            calls.add(CallFixtures.finished(x, ms, ms,
                    ms == 100 ? CallStatus.TIMEOUT : CallStatus.SUCCESS));
        }
        java.util.Collections.shuffle(calls);
        dao.insertFinished(calls, List.of());
        CallFixtures.insert(dao, CallFixtures.finished(y, 5, 7, CallStatus.ERROR));
        dao.insertQueued(CallFixtures.queued(y, 6), "{}", new byte[0]);
        // Outside the window (until is exclusive): not counted.
        CallFixtures.insert(dao, CallFixtures.finished(y, 1000, 1, CallStatus.SUCCESS));

        var usage = new UsageQuery(db.jdbi()).usage(project, T0, T0.plusMillis(1000));

        assertThat(usage).hasSize(2);
        var ux = usage.get(0);
        assertThat(ux.appName()).isEqualTo("a");
        assertThat(ux.routePath()).isEqualTo("/x");
        assertThat(ux.callsByStatus()).containsEntry(CallStatus.SUCCESS, 99L)
                .containsEntry(CallStatus.TIMEOUT, 1L);
        assertThat(ux.totalCalls()).isEqualTo(100);
        assertThat(ux.totalDurationMs()).isEqualTo(5050);
        assertThat(ux.p50DurationMs()).isEqualTo(50);
        assertThat(ux.p99DurationMs()).isEqualTo(99);
        assertThat(ux.memoryMbMs()).isEqualTo(256L * 5050);
        var uy = usage.get(1);
        assertThat(uy.routePath()).isEqualTo("/y");
        assertThat(uy.callsByStatus()).containsEntry(CallStatus.ERROR, 1L)
                .containsEntry(CallStatus.QUEUED, 1L);
        assertThat(uy.totalDurationMs()).isEqualTo(7);
        assertThat(uy.p50DurationMs()).isEqualTo(7);
        assertThat(uy.p99DurationMs()).isEqualTo(7);
        assertThat(uy.memoryMbMs()).isEqualTo(128L * 7);
        assertThat(new UsageQuery(db.jdbi()).usage(project, T0.minusSeconds(10), T0)).isEmpty();
    }
}
