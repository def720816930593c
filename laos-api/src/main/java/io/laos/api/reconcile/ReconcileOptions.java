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

import java.time.Duration;

/**
 * How a reconcile run behaves.
 *
 * @param dryRun        report only; change nothing
 * @param deleteUnowned also delete engine apps that no LaOS app owns (reported otherwise)
 * @param projectId     only this project's apps, or null for the whole cloud (engine apps
 *                      LaOS does not own are only looked for over the whole cloud)
 * @param grace         rows {@code creating} for less than this are a create still in flight
 *                      on a running server, not a crash: they are left alone
 * @param rowsOnly      only repair rows left by a crash, without comparing with the engine:
 *                      for an engine whose state lives inside the server process (local)
 */
public record ReconcileOptions(boolean dryRun, boolean deleteUnowned, String projectId,
                               Duration grace, boolean rowsOnly) {

    /** Longer than any engine call of a create (the driver's timeouts are about a minute). */
    public static final Duration DEFAULT_GRACE = Duration.ofMinutes(5);

    public static ReconcileOptions repair() {
        return new ReconcileOptions(false, false, null, DEFAULT_GRACE, false);
    }

    public static ReconcileOptions dryRunOnly() {
        return new ReconcileOptions(true, false, null, DEFAULT_GRACE, false);
    }

    public ReconcileOptions forProject(String project) {
        return new ReconcileOptions(dryRun, deleteUnowned, project, grace, rowsOnly);
    }

    public ReconcileOptions withDeleteUnowned() {
        return new ReconcileOptions(dryRun, true, projectId, grace, rowsOnly);
    }
}
