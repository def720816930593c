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

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import io.laos.common.model.Call;
import io.laos.common.model.CallLog;
import io.laos.common.model.CallOutcome;
import io.laos.common.model.CallStatus;
import io.laos.common.model.RouteType;
import io.laos.db.dao.CallDao;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Write-behind: batched, with backpressure, retries, and nothing lost on stop. */
class CallRecorderTest {
    static final Duration WAIT = Duration.ofSeconds(20);
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    final CallDao dao = mock(CallDao.class);
    /** Call id -> the thread that wrote it. */
    final ConcurrentHashMap<String, String> written = new ConcurrentHashMap<>();
    final Set<String> logs = ConcurrentHashMap.newKeySet();

    static Call call(String id) {
        return new Call(id, "p", "a", "/x", "ai", "ri", RouteType.SYNC, CallStatus.SUCCESS, T0,
                T0, T0.plusMillis(1), 1L, 200, null, 128);
    }

    void recordWrites() {
        doAnswer(inv -> {
            List<Call> calls = inv.getArgument(0);
            List<CallLog> callLogs = inv.getArgument(1);
            calls.forEach(c -> written.put(c.id(), Thread.currentThread().getName()));
            callLogs.forEach(l -> logs.add(l.callId()));
            return null;
        }).when(dao).insertFinished(anyList(), anyList());
    }

    @Test
    void writesInTheBackgroundAndFlushes() throws Exception {
        recordWrites();
        CallRecorder recorder = new CallRecorder(dao::insertFinished, 100, 10,
                Duration.ofMillis(5));
        recorder.start();
        for (int i = 0; i < 25; i++) {
            recorder.record(call("c" + i), i % 2 == 0 ? new CallLog("c" + i, "l", false) : null);
        }
        assertThat(recorder.flush(WAIT)).isTrue();
        assertThat(written).hasSize(25);
        assertThat(written.values()).containsOnly("laos-call-recorder");
        assertThat(logs).hasSize(13);
        recorder.stop();
    }

    @Test
    void writesOnTheCallersThreadWhenTheQueueIsFull() throws Exception {
        CountDownLatch writerBusy = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        doAnswer(inv -> {
            List<Call> calls = inv.getArgument(0);
            if (Thread.currentThread().getName().equals("laos-call-recorder")) {
                writerBusy.countDown();
                assertThat(release.await(20, TimeUnit.SECONDS)).isTrue();
            }
            calls.forEach(c -> written.put(c.id(), Thread.currentThread().getName()));
            return null;
        }).when(dao).insertFinished(anyList(), anyList());
        CallRecorder recorder = new CallRecorder(dao::insertFinished, 1, 1, Duration.ZERO);
        recorder.start();

        recorder.record(call("held"), null);
        assertThat(writerBusy.await(20, TimeUnit.SECONDS)).isTrue();
        recorder.record(call("queued"), null);
        recorder.record(call("overflow"), null);
        assertThat(written).containsEntry("overflow", Thread.currentThread().getName());

        release.countDown();
        assertThat(recorder.flush(WAIT)).isTrue();
        recorder.stop();
        assertThat(written).containsOnlyKeys("held", "queued", "overflow");
    }

    @Test
    void retriesABatchTheDatabaseRefused() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        doAnswer(inv -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("database down");
            }
            List<Call> calls = inv.getArgument(0);
            calls.forEach(c -> written.put(c.id(), Thread.currentThread().getName()));
            return null;
        }).when(dao).insertFinished(anyList(), anyList());
        CallRecorder recorder = new CallRecorder(dao::insertFinished, 10, 10, Duration.ZERO);
        recorder.start();
        recorder.record(call("c1"), null);

        assertThat(recorder.flush(WAIT)).isTrue();
        assertThat(written).containsOnlyKeys("c1");
        assertThat(attempts.get()).isEqualTo(2);
        recorder.stop();
    }

    @Test
    void stopWritesWhatIsStillWaiting() throws Exception {
        recordWrites();
        CallRecorder recorder = new CallRecorder(dao::insertFinished, 100, 1000,
                Duration.ofHours(1));
        recorder.start();
        for (int i = 0; i < 3; i++) {
            recorder.record(call("c" + i), null);
        }
        recorder.stop();
        assertThat(written).containsOnlyKeys("c0", "c1", "c2");

        // After stop, a late record is written at once by its own thread.
        recorder.record(call("late"), null);
        assertThat(written).containsEntry("late", Thread.currentThread().getName());
    }
}
