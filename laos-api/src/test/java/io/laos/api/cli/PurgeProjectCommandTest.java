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
import io.laos.common.model.App;
import io.laos.common.model.Route;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PurgeProjectCommandTest {
    private final FakeIronFunctions engine = FakeIronFunctions.start();
    private final CommandHarness cli = new CommandHarness().ironFunctions(engine.url());

    @AfterEach
    void stop() {
        engine.close();
    }

    @Test
    void showsWithoutYesAndDeletesEverythingWithIt() {
        Rows rows = cli.migratedRows();
        App web = rows.app("gone", "web");
        Route route = rows.route(web, "/a");
        engine.putApp(web.engineName(), Map.of());
        engine.putRoute(FakeRoute.of(web.engineName(), route.path(), route.image()));
        App other = rows.app("kept", "web");
        engine.putApp(other.engineName(), Map.of());
        rows.call("gone", Instant.now(), "success");
        rows.call("kept", Instant.now(), "success");

        CommandHarness.Result preview = cli.runWithConfig("purge-project", "gone");

        assertThat(preview.ok()).isFalse();
        assertThat(preview.out()).contains("would delete app web (engine app "
                + web.engineName() + ", active) with 1 route(s)", "would delete 1 call record(s)");
        assertThat(preview.err()).contains("nothing was deleted: add --yes");
        assertThat(rows.apps().findById(web.id())).isPresent();
        assertThat(engine.apps()).containsKey(web.engineName());

        CommandHarness.Result done = cli.runWithConfig("purge-project", "gone", "--yes");

        assertThat(done.ok()).as(done.all()).isTrue();
        assertThat(done.out()).contains("deleted app web", "deleted 1 call record(s)",
                "Project gone: 1 app(s), 1 route(s), 1 call record(s)");
        assertThat(rows.apps().findById(web.id())).isEmpty();
        assertThat(rows.countCalls("gone")).isZero();
        assertThat(engine.apps()).containsOnlyKeys(other.engineName());
        assertThat(rows.countCalls("kept")).isEqualTo(1);
    }

    @Test
    void anEmptyProjectIsNothingToDo() {
        cli.migratedRows();

        CommandHarness.Result result = cli.runWithConfig("purge-project", "empty");

        assertThat(result.ok()).isTrue();
        assertThat(result.out()).contains("Project empty has no apps and no call records.");
    }
}
