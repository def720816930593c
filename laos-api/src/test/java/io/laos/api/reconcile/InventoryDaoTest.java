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

import static org.assertj.core.api.Assertions.assertThat;

import io.laos.api.reconcile.InventoryDao.AppSummary;
import io.laos.common.model.App;
import io.laos.common.model.ResourceState;
import io.laos.db.TestDatabases;
import io.laos.db.TestDatabases.TestDatabase;
import java.util.Map;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The operator's queries (apps list, purge-project) on every database under test. */
class InventoryDaoTest {

    static Stream<TestDatabase> databases() {
        return TestDatabases.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void summarisesAppsWithTheirRouteCountsInOneQuery(TestDatabase db) {
        Jdbi jdbi = db.jdbi();
        Rows rows = new Rows(jdbi);
        InventoryDao inventory = jdbi.onDemand(InventoryDao.class);
        String p = TestDatabases.uniqueProject();
        App web = rows.app(p, "web");
        rows.route(web, "/a");
        rows.route(web, "/b", ResourceState.DELETING, Rows.OLD);
        App empty = rows.app(p, "empty", ResourceState.CREATING, Map.of(), Rows.OLD);

        assertThat(inventory.summaries(p)).containsExactly(
                new AppSummary(p, "empty", "creating", empty.engineName(), 0),
                new AppSummary(p, "web", "active", web.engineName(), 2));
        assertThat(inventory.summaries(null)).contains(
                new AppSummary(p, "web", "active", web.engineName(), 2));
        assertThat(inventory.listApps(p)).extracting(App::name).containsExactly("empty", "web");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void findsAProjectsCallsInBatches(TestDatabase db) {
        Jdbi jdbi = db.jdbi();
        Rows rows = new Rows(jdbi);
        InventoryDao inventory = jdbi.onDemand(InventoryDao.class);
        String p = TestDatabases.uniqueProject();
        String first = rows.call(p, Rows.OLD, "success");
        rows.call(p, Rows.NOW, "running");
        rows.call(TestDatabases.uniqueProject(), Rows.OLD, "success");

        assertThat(inventory.countProjectCalls(p)).isEqualTo(2);
        assertThat(inventory.projectCallIds(p, 1)).containsExactly(first);
        assertThat(inventory.projectCallIds(p, 10)).hasSize(2);
    }
}
