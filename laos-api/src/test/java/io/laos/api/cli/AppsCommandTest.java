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
import io.laos.common.model.App;
import io.laos.common.model.ResourceState;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppsCommandTest {
    private final CommandHarness cli = new CommandHarness();

    @Test
    void listsEveryProjectsAppsWithRouteCounts() {
        Rows rows = cli.migratedRows();
        App web = rows.app("p1", "web");
        rows.route(web, "/a");
        rows.route(web, "/b");
        rows.app("p1", "half", ResourceState.CREATING, Map.of(), Rows.OLD);
        App api = rows.app("p2", "api");
        rows.route(api, "/v");

        CommandHarness.Result all = cli.runWithConfig("apps", "list");

        assertThat(all.ok()).as(all.err()).isTrue();
        assertThat(all.out().lines().toList()).containsExactly(
                "PROJECT  APP   STATE     ROUTES  ENGINE APP",
                "p1       half  creating  0       " + engineName(rows, "p1", "half"),
                "p1       web   active    2       " + web.engineName(),
                "p2       api   active    1       " + api.engineName(),
                "3 app(s), 3 route(s), 2 project(s)");

        CommandHarness.Result one = cli.runWithConfig("apps", "list", "--project", "p2");

        assertThat(one.out()).contains("api").doesNotContain("web", "half")
                .contains("1 app(s), 1 route(s), 1 project(s)");
    }

    @Test
    void saysSoWhenThereAreNoApps() {
        cli.migratedRows();

        CommandHarness.Result result = cli.runWithConfig("apps", "list", "--project", "none");

        assertThat(result.ok()).isTrue();
        assertThat(result.out()).isEqualTo("No apps." + System.lineSeparator());
    }

    @Test
    void anUnreachableDatabaseFailsWithOneLine() {
        CommandHarness.Result result = cli.brokenDatabase("jdbc:h2:tcp://127.0.0.1:1/nothing")
                .runWithConfig("apps", "list");

        assertThat(result.ok()).isFalse();
        assertThat(result.err()).startsWith("apps: error: ").doesNotContain("\tat ");
    }

    private static String engineName(Rows rows, String project, String app) {
        return rows.apps().findByName(project, app).orElseThrow().engineName();
    }
}
