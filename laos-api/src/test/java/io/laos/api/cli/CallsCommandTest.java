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
package io.laos.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.laos.api.reconcile.Rows;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CallsCommandTest {
    private final CommandHarness cli = new CommandHarness();

    @Test
    void prunesFinishedCallsOlderThanTheDuration() {
        Rows rows = cli.migratedRows();
        rows.call("p1", Instant.now().minus(Duration.ofDays(40)), "success");
        rows.call("p1", Instant.now().minus(Duration.ofDays(40)), "error");
        rows.call("p1", Instant.now().minus(Duration.ofDays(40)), "queued");
        rows.call("p1", Instant.now().minus(Duration.ofDays(2)), "success");

        CommandHarness.Result result = cli.runWithConfig("calls", "prune", "--older-than", "30d");

        assertThat(result.ok()).as(result.all()).isTrue();
        assertThat(result.out()).contains("Deleted 2 finished call record(s) created before ")
                .contains("(older than 30 days)");
        assertThat(rows.countCalls("p1")).isEqualTo(2);
    }

    @Test
    void aBadDurationIsAnError() {
        cli.migratedRows();

        CommandHarness.Result result = cli.runWithConfig("calls", "prune", "--older-than",
                "soon");

        assertThat(result.ok()).isFalse();
        assertThat(result.err()).startsWith("calls: error: ");
    }
}
