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
import io.laos.api.testing.FakeIronFunctions;
import io.laos.api.testing.FakeRoute;
import io.laos.api.testing.RecordedRequest;
import io.laos.common.model.App;
import io.laos.common.model.Route;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The reconcile command against a stateful fake IronFunctions, through the real driver. */
class ReconcileCommandTest {
    private final FakeIronFunctions engine = FakeIronFunctions.start();
    private final CommandHarness cli = new CommandHarness().ironFunctions(engine.url());

    @AfterEach
    void stop() {
        engine.close();
    }

    @Test
    void reportsWithDryRunThenRepairsThenIsInSync() {
        Rows rows = cli.migratedRows();
        App web = rows.app("p1", "web");
        Route hello = rows.route(web, "/hello");
        rows.route(web, "/missing");
        engine.putApp(web.engineName(), Map.of("GREETING", "hello"));
        // As the driver would have stored it: no drift.
        engine.putRoute(new FakeRoute(web.engineName(), hello.path(), hello.image(), 128,
                hello.headers(), "sync", "default", 1, 30, 30, hello.config(), ""));
        engine.putRoute(FakeRoute.of(web.engineName(), "/stray", "laos/hello"));
        engine.clearRequests();

        CommandHarness.Result dry = cli.runWithConfig("reconcile", "--dry-run");

        assertThat(dry.ok()).as(dry.all()).isTrue();
        assertThat(dry.out()).contains(
                "DRY-RUN   route-missing      project=p1 app=web route=/missing: the engine does"
                        + " not have it; would create the route on the engine",
                "DRY-RUN   route-unknown      project=p1 app=web route=/stray:",
                "(dry run: nothing was changed)");
        assertThat(engine.requests()).extracting(RecordedRequest::method).containsOnly("GET");

        CommandHarness.Result fixed = cli.runWithConfig("reconcile");

        assertThat(fixed.ok()).as(fixed.all()).isTrue();
        assertThat(fixed.out()).contains("REPAIRED  route-missing", "REPAIRED  route-unknown",
                "2 finding(s): 2 repaired, 0 failed");
        assertThat(engine.routes(web.engineName())).containsOnlyKeys("/hello", "/missing");

        CommandHarness.Result again = cli.runWithConfig("reconcile");

        assertThat(again.out()).contains("In sync: the database and the engine agree.");
    }

    @Test
    void exitsNonZeroWhenARepairFails() {
        Rows rows = cli.migratedRows();
        rows.app("p1", "web");
        engine.failNext("POST", "/v1/apps", 500, "{\"error\": {\"message\": \"boom\"}}");

        CommandHarness.Result result = cli.runWithConfig("reconcile");

        assertThat(result.ok()).isFalse();
        assertThat(result.out()).contains("FAILED    app-missing        project=p1 app=web");
        assertThat(result.err()).isEqualTo("reconcile: 1 repair(s) failed"
                + System.lineSeparator());
    }

    @Test
    void anUnreachableEngineFailsTheRun() {
        cli.migratedRows();
        engine.stop();

        CommandHarness.Result result = cli.runWithConfig("reconcile", "--dry-run");

        assertThat(result.ok()).isFalse();
        assertThat(result.err()).startsWith("reconcile: error: ").contains("unreachable");
    }
}
