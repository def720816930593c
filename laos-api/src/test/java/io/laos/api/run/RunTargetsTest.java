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

import io.laos.common.model.RouteType;
import io.laos.common.model.RunTarget;
import io.laos.db.dao.RunTargetDao;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The run path's lookups: kept briefly, dropped on writes, misses never kept. */
class RunTargetsTest {
    final RunTargetDao dao = mock(RunTargetDao.class);
    /** The cache's clock, moved by hand. */
    final AtomicLong nanos = new AtomicLong();
    /** The background reloads (and the cache's upkeep), run when a test says so. */
    final Queue<Runnable> background = new ArrayDeque<>();
    final RunTarget before = RunServiceTest.target(true, RouteType.SYNC);
    final RunTarget after = RunServiceTest.target(false, RouteType.SYNC);

    RunTargets withOneSecondTtl() {
        return new RunTargets(dao, Duration.ofSeconds(1), background::add, nanos::get);
    }

    void runBackground() {
        while (!background.isEmpty()) {
            background.poll().run();
        }
    }

    RunTarget found(RunTargets targets) {
        return targets.find("p1", "a", "/x").map(RunTargets.Resolved::target).orElse(null);
    }

    @Test
    void aTargetInUseIsReloadedInTheBackgroundWhileRunsGoOnWithTheOneInMemory() {
        when(dao.find("p1", "a", "/x")).thenReturn(Optional.of(before), Optional.of(after));
        RunTargets targets = withOneSecondTtl();
        assertThat(found(targets)).isEqualTo(before);

        nanos.addAndGet(Duration.ofMillis(600).toNanos());
        // Half the ttl has passed: this run is answered from memory, the reload is queued.
        assertThat(found(targets)).isEqualTo(before);
        verify(dao, times(1)).find("p1", "a", "/x");

        runBackground();
        verify(dao, times(2)).find("p1", "a", "/x");
        assertThat(found(targets)).isEqualTo(after);
        // The reload counts as a fresh write: kept a whole ttl again, no further read.
        nanos.addAndGet(Duration.ofMillis(400).toNanos());
        assertThat(found(targets)).isEqualTo(after);
        runBackground();
        verify(dao, times(2)).find("p1", "a", "/x");
    }

    @Test
    void aTargetNotRunForAWholeTtlIsReadAgainBeforeTheRun() {
        when(dao.find("p1", "a", "/x")).thenReturn(Optional.of(before), Optional.of(after));
        RunTargets targets = withOneSecondTtl();
        assertThat(found(targets)).isEqualTo(before);

        nanos.addAndGet(Duration.ofMillis(1001).toNanos());
        assertThat(found(targets)).isEqualTo(after);
        verify(dao, times(2)).find("p1", "a", "/x");
    }

    @Test
    void aReloadThatFindsTheRouteGoneForgetsIt() {
        when(dao.find("p1", "a", "/x")).thenReturn(Optional.of(before), Optional.empty());
        RunTargets targets = withOneSecondTtl();
        found(targets);
        nanos.addAndGet(Duration.ofMillis(600).toNanos());
        assertThat(found(targets)).isEqualTo(before);

        runBackground();
        assertThat(found(targets)).isNull();
        verify(dao, times(3)).find("p1", "a", "/x");
    }

    @Test
    void aReloadUnderWayWhenTheAppIsWrittenToIsDropped() {
        RunTarget written = RunServiceTest.target(true, RouteType.ASYNC);
        // The reload reads "after" before the write lands; the write makes it "written".
        when(dao.find("p1", "a", "/x")).thenReturn(Optional.of(before), Optional.of(after),
                Optional.of(written));
        RunTargets targets = withOneSecondTtl();
        found(targets);
        nanos.addAndGet(Duration.ofMillis(600).toNanos());
        found(targets);

        targets.invalidate("p1", "a");
        runBackground();
        assertThat(found(targets)).isEqualTo(written);
    }

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
