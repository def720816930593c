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
import io.laos.common.model.CallLog;
import io.laos.common.model.CallStatus;
import io.laos.common.model.RunTarget;
import io.laos.db.TestDatabases;
import io.laos.db.TestDatabases.TestDatabase;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CallRetentionDaoTest {

    static List<TestDatabase> databases() {
        return TestDatabases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void deletesOnlyFinishedCallsOlderThanTheCutoffWithTheirLogs(TestDatabase db) {
        CallDao dao = db.jdbi().onDemand(CallDao.class);
        CallRetentionDao retention = db.jdbi().onDemand(CallRetentionDao.class);
        String project = TestDatabases.uniqueProject();
        RunTarget t = CallFixtures.target(project, "a", "/x", 128);
        // Decades before 1970, earlier on every run and far from the other tests' past calls:
        // only this run's calls are older than the cutoff, on databases that keep rows.
        long old = -T0.toEpochMilli() - System.currentTimeMillis() - 1_000_000_000_000L;
        Call oldOk = CallFixtures.finished(t, old, 1, CallStatus.SUCCESS);
        Call oldError = CallFixtures.finished(t, old + 1, 1, CallStatus.ERROR);
        Call oldQueued = CallFixtures.queued(t, old + 2);
        Call recent = CallFixtures.finished(t, 0, 1, CallStatus.SUCCESS);
        dao.insertFinished(List.of(oldOk, oldError, recent),
                List.of(new CallLog(oldError.id(), "boom", false)));
        dao.insertQueued(oldQueued, "{}", new byte[0]);
        long cutoff = T0.toEpochMilli() + old + 10;

        List<String> first = retention.listExpired(cutoff, 1);
        assertThat(first).hasSize(1).containsAnyOf(oldOk.id(), oldError.id());
        assertThat(retention.delete(first)).isEqualTo(1);
        List<String> rest = retention.listExpired(cutoff, 10);
        assertThat(rest).containsExactly(first.contains(oldOk.id()) ? oldError.id() : oldOk.id());
        assertThat(retention.delete(rest)).isEqualTo(1);
        assertThat(retention.listExpired(cutoff, 10)).isEmpty();
        assertThat(retention.delete(List.of())).isZero();

        assertThat(dao.find(project, oldOk.id())).isEmpty();
        assertThat(dao.find(project, oldError.id())).isEmpty();
        assertThat(dao.findLog(project, oldError.id())).isEmpty();
        assertThat(dao.find(project, oldQueued.id())).isPresent();
        assertThat(dao.find(project, recent.id())).isPresent();
        dao.claim(oldQueued.id(), "cleanup-" + project, T0);
    }
}
