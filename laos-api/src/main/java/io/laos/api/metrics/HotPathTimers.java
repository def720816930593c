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
package io.laos.api.metrics;

import com.codahale.metrics.LockFreeExponentiallyDecayingReservoir;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;

/**
 * Timers updated on every run. The registry's default reservoir takes a read lock per update,
 * which tens of request threads then contend for; the lock-free one keeps the same statistics
 * (an exponentially decaying sample) without it.
 */
final class HotPathTimers {
    private HotPathTimers() {
    }

    /** The timer registered under {@code name}, made lock-free if this registers it. */
    static Timer timer(MetricRegistry registry, String name) {
        return registry.timer(name,
                () -> new Timer(LockFreeExponentiallyDecayingReservoir.builder().build()));
    }
}
