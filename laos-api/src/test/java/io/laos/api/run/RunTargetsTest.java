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
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.laos.db.dao.RunTargetDao;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The run path's lookups: kept briefly, dropped on writes, misses never kept. */
class RunTargetsTest {
    final RunTargetDao dao = mock(RunTargetDao.class);

    @Test
    void keepsFoundTargetsUntilTheirAppIsWrittenTo() {
        var target = RunServiceTest.target(true, io.laos.common.model.RouteType.SYNC);
        when(dao.find("p1", "a", "/x")).thenReturn(Optional.of(target));
        RunTargets targets = new RunTargets(dao, Duration.ofHours(1));

        assertThat(targets.find("p1", "a", "/x")).get()
                .extracting(RunTargets.Resolved::target).isEqualTo(target);
        targets.find("p1", "a", "/x");
        verify(dao, times(1)).find("p1", "a", "/x");

        targets.invalidate("p1", "other");
        targets.find("p1", "a", "/x");
        verify(dao, times(1)).find("p1", "a", "/x");
        targets.invalidate("p1", "a");
        targets.find("p1", "a", "/x");
        verify(dao, times(2)).find("p1", "a", "/x");
    }

    @Test
    void neverKeepsMissesAndKeepsNothingWithAZeroTtl() {
        when(dao.find("p1", "a", "/new")).thenReturn(Optional.empty());
        RunTargets cached = new RunTargets(dao, Duration.ofHours(1));
        cached.find("p1", "a", "/new");
        cached.find("p1", "a", "/new");
        verify(dao, times(2)).find("p1", "a", "/new");

        RunTargets uncached = new RunTargets(dao, Duration.ZERO);
        when(dao.find("p1", "a", "/x")).thenReturn(Optional.of(
                RunServiceTest.target(true, io.laos.common.model.RouteType.SYNC)));
        uncached.find("p1", "a", "/x");
        uncached.find("p1", "a", "/x");
        verify(dao, times(2)).find("p1", "a", "/x");
    }
}
