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
package io.laos.api.driver.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ConcurrencyLimitsTest {

    @Test
    void aRouteRunsMaxConcurrencyCallsAndQueuesNoMoreThanAllowed() throws Exception {
        ConcurrencyLimits limits = new ConcurrencyLimits(0);

        ConcurrencyLimits.Permit first = limits.acquire("app", "/r", 2, Duration.ZERO);
        ConcurrencyLimits.Permit second = limits.acquire("app", "/r", 2, Duration.ZERO);
        ConcurrencyLimits.Permit third = limits.acquire("app", "/r", 2, Duration.ofMinutes(5));
        ConcurrencyLimits.Permit otherRoute = limits.acquire("app", "/s", 2, Duration.ZERO);

        assertThat(first).isNotNull();
        assertThat(second).isNotNull();
        assertThat(third).as("no queue: turned away without waiting").isNull();
        assertThat(otherRoute).isNotNull();
        first.close();
        first.close();
        assertThat(limits.acquire("app", "/r", 2, Duration.ZERO)).isNotNull();
        assertThat(limits.acquire("app", "/r", 2, Duration.ZERO)).isNull();
    }

    @Test
    void aQueuedCallGivesUpWhenNoSlotFreesInTime() throws Exception {
        ConcurrencyLimits limits = new ConcurrencyLimits(1);
        ConcurrencyLimits.Permit running = limits.acquire("app", "/r", 1, Duration.ZERO);

        assertThat(limits.acquire("app", "/r", 1, Duration.ZERO)).isNull();
        // The call that gave up left the queue: the next one may queue (and give up) again.
        assertThat(limits.acquire("app", "/r", 1, Duration.ZERO)).isNull();
        running.close();
        assertThat(limits.acquire("app", "/r", 1, Duration.ZERO)).isNotNull();
    }

    @Test
    void zeroMaxConcurrencyMeansOne() throws Exception {
        ConcurrencyLimits limits = new ConcurrencyLimits(0);

        assertThat(limits.acquire("app", "/r", 0, Duration.ZERO)).isNotNull();
        assertThat(limits.acquire("app", "/r", 0, Duration.ZERO)).isNull();
    }

    @Test
    void aDeletedRouteStartsAfresh() throws Exception {
        ConcurrencyLimits limits = new ConcurrencyLimits(0);
        assertThat(limits.acquire("app", "/r", 1, Duration.ZERO)).isNotNull();

        limits.forgetApp("app");

        assertThat(limits.acquire("app", "/r", 1, Duration.ZERO)).isNotNull();
    }
}
