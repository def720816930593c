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
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.laos.api.calls.CallPruner;
import io.laos.api.calls.RetentionTask;
import io.laos.db.dao.CallRetentionDao;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Retention deletes in bounded batches until nothing old is left, and never stops itself. */
class CallPrunerTest {
    static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");

    final CallRetentionDao dao = mock(CallRetentionDao.class);

    @Test
    void deletesBatchAfterBatchUntilAShortOne() {
        List<String> full = java.util.stream.IntStream.range(0, 1000).mapToObj(i -> "c" + i)
                .toList();
        when(dao.listExpired(anyLong(), org.mockito.ArgumentMatchers.eq(1000)))
                .thenReturn(full, full, List.of("last"));
        when(dao.delete(full)).thenReturn(1000);
        when(dao.delete(List.of("last"))).thenReturn(1);

        long deleted = new CallPruner(dao).prune(NOW.minus(Duration.ofDays(30)));

        assertThat(deleted).isEqualTo(2001);
        verify(dao, times(3)).listExpired(NOW.minus(Duration.ofDays(30)).toEpochMilli(), 1000);
    }

    @Test
    void theScheduledTaskUsesTheRetentionAndSurvivesFailures() {
        when(dao.listExpired(anyLong(), org.mockito.ArgumentMatchers.anyInt()))
                .thenThrow(new IllegalStateException("database down"))
                .thenReturn(List.of());
        RetentionTask task = new RetentionTask(new CallPruner(dao), Duration.ofDays(30),
                Clock.fixed(NOW, ZoneOffset.UTC));

        task.run();
        task.run();

        verify(dao, times(2)).listExpired(NOW.minus(Duration.ofDays(30)).toEpochMilli(), 1000);
    }
}
