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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.laos.common.model.Call;
import io.laos.common.model.CallLog;
import io.laos.common.model.CallOutcome;
import io.laos.common.model.CallStatus;
import io.laos.common.model.RunTarget;
import io.laos.db.TestDatabases;
import io.laos.db.TestDatabases.TestDatabase;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CallDaoTest {

    static List<TestDatabase> databases() {
        return TestDatabases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void storesFinishedCallsAndLogsExactlyAndOnlyForTheirProject(TestDatabase db) {
        CallDao dao = db.jdbi().onDemand(CallDao.class);
        String project = TestDatabases.uniqueProject();
        RunTarget t = CallFixtures.target(project, "a.b-c", "/x/y", 256);
        Call ok = CallFixtures.finished(t, 0, 17, CallStatus.SUCCESS);
        Call failed = CallFixtures.finished(t, 1, 5, CallStatus.ERROR);
        String text = "line 1\nünïcødé 😀 '; DROP TABLE calls; --\n";
        dao.insertFinished(List.of(ok, failed), List.of(new CallLog(failed.id(), text, true)));

        assertThat(dao.find(project, ok.id())).contains(ok);
        assertThat(dao.find(project, failed.id())).contains(failed);
        assertThat(ok.durationMs()).isEqualTo(17L);
        assertThat(dao.findLog(project, failed.id())).contains(
                new CallLog(failed.id(), text, true));
        assertThat(dao.findLog(project, ok.id())).isEmpty();
        String other = TestDatabases.uniqueProject();
        assertThat(dao.find(other, ok.id())).isEmpty();
        assertThat(dao.findLog(other, failed.id())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aBatchIsWrittenWholeOrNotAtAllAndLeavesTheConnectionAsItWas(TestDatabase db)
            throws Exception {
        CallDao dao = db.jdbi().onDemand(CallDao.class);
        String project = TestDatabases.uniqueProject();
        RunTarget t = CallFixtures.target(project, "batch", "/x", 128);
        Call first = CallFixtures.finished(t, 0, 3, CallStatus.SUCCESS);
        Call second = CallFixtures.finished(t, 1, 4, CallStatus.SUCCESS);
        // The same id twice: the second row fails the primary key, so neither may stay.
        assertThatThrownBy(() -> CallBatches.insertFinished(db.jdbi(),
                List.of(first, second, first), List.of()))
                .isInstanceOf(UnableToExecuteStatementException.class);
        assertThat(dao.find(project, first.id())).isEmpty();
        assertThat(dao.find(project, second.id())).isEmpty();

        CallBatches.insertFinished(db.jdbi(), List.of(first, second),
                List.of(new CallLog(second.id(), "log", false)));
        assertThat(dao.find(project, first.id())).contains(first);
        assertThat(dao.findLog(project, second.id())).contains(new CallLog(second.id(), "log",
                false));
        try (Handle handle = db.jdbi().open()) {
            assertThat(handle.getConnection().getAutoCommit()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void queuedCallsKeepTheirBinaryRequestUntilTheyComplete(TestDatabase db) {
        CallDao dao = db.jdbi().onDemand(CallDao.class);
        String project = TestDatabases.uniqueProject();
        RunTarget t = CallFixtures.target(project, "a", "/q", 128);
        Call call = CallFixtures.queued(t, 0);
        byte[] body = new byte[70_000];
        for (int i = 0; i < body.length; i++) {
            body[i] = (byte) i;
        }
        dao.insertQueued(call, "{\"method\":\"POST\"}", body);

        assertThat(dao.find(project, call.id())).contains(call);
        CallDao.StoredRequest stored = dao.findRequest(call.id()).orElseThrow();
        assertThat(stored.meta()).isEqualTo("{\"method\":\"POST\"}");
        assertThat(stored.body()).isEqualTo(body);

        assertThat(dao.claim(call.id(), "node-1", T0.plusMillis(10))).isTrue();
        assertThat(dao.claim(call.id(), "node-2", T0.plusMillis(11))).isFalse();
        assertThat(dao.complete(call.id(), new CallOutcome(CallStatus.TIMEOUT, 504, "Timed out"),
                T0.plusMillis(10), T0.plusMillis(40))).isTrue();
        assertThat(dao.complete(call.id(), new CallOutcome(CallStatus.SUCCESS, 200, null),
                T0.plusMillis(10), T0.plusMillis(50))).isFalse();
        dao.insertLog(new CallLog(call.id(), "", false));

        Call done = dao.find(project, call.id()).orElseThrow();
        assertThat(done.status()).isEqualTo(CallStatus.TIMEOUT);
        assertThat(done.startedAt()).isEqualTo(T0.plusMillis(10));
        assertThat(done.completedAt()).isEqualTo(T0.plusMillis(40));
        assertThat(done.durationMs()).isEqualTo(30L);
        assertThat(done.httpStatus()).isEqualTo(504);
        assertThat(done.error()).isEqualTo("Timed out");
        assertThat(dao.findRequest(call.id())).isEmpty();
        assertThat(dao.findLog(project, call.id())).contains(new CallLog(call.id(), "", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void listsQueuedCallsOldestFirstInPagesAndInterruptsOnlyItsOwnRunning(TestDatabase db) {
        CallDao dao = db.jdbi().onDemand(CallDao.class);
        RunTarget t = CallFixtures.target(TestDatabases.uniqueProject(), "a", "/q", 128);
        String me = "me-" + t.route().projectId();
        // Before 1970 and earlier on every run, so that no queued call left by another run
        // (MariaDB and PostgreSQL keep them) comes first.
        long past = -T0.toEpochMilli() - System.currentTimeMillis();
        Call first = CallFixtures.queued(t, past);
        Call second = CallFixtures.queued(t, past + 1);
        Call mine = CallFixtures.queued(t, past + 2);
        Call theirs = CallFixtures.queued(t, past + 3);
        for (Call c : List.of(second, first, mine, theirs)) {
            dao.insertQueued(c, "{}", new byte[0]);
        }
        assertThat(dao.claim(mine.id(), me, T0)).isTrue();
        assertThat(dao.claim(theirs.id(), "them", T0)).isTrue();

        assertThat(dao.listQueued(null, 1)).extracting(Call::id).containsExactly(first.id());
        assertThat(dao.listQueued(first, 1)).extracting(Call::id).containsExactly(second.id());

        assertThat(dao.interruptRunning(me, T0.plusSeconds(1).toEpochMilli(), "interrupted"))
                .isEqualTo(1);
        Call interrupted = dao.find(t.route().projectId(), mine.id()).orElseThrow();
        assertThat(interrupted.status()).isEqualTo(CallStatus.ERROR);
        assertThat(interrupted.error()).isEqualTo("interrupted");
        assertThat(interrupted.durationMs()).isNull();
        assertThat(dao.findRequest(mine.id())).isEmpty();
        assertThat(dao.find(t.route().projectId(), theirs.id()).orElseThrow().status())
                .isEqualTo(CallStatus.RUNNING);
        dao.claim(first.id(), me, T0);
        dao.claim(second.id(), me, T0);
    }
}
