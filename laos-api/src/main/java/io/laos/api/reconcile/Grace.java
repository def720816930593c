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
package io.laos.api.reconcile;

import java.time.Clock;
import java.time.Instant;

/** Tells a crashed create from one still in flight on a running server. */
final class Grace {

    private Grace() {
    }

    /** True when a row created at {@code createdAt} is older than the grace period. */
    static boolean isOver(Instant createdAt, ReconcileOptions options, Clock clock) {
        return !createdAt.plus(options.grace()).isAfter(clock.instant());
    }
}
