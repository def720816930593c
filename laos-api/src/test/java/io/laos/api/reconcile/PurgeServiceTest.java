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
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.spy;

import io.laos.api.driver.noop.NoopDriver;
import io.laos.common.driver.EngineApp;
import io.laos.common.error.EngineException;
import io.laos.common.model.App;
import io.laos.common.model.ResourceState;
import io.laos.common.model.Route;
import io.laos.db.TestDatabases;
import io.laos.db.TestDatabases.TestDatabase;
import io.laos.db.dao.CallRetentionDao;
import java.util.Map;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PurgeServiceTest {

    static Stream<TestDatabase> databases() {
        return TestDatabases.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void removesEverythingOfOneProjectAndNothingElse(TestDatabase db) {
        Jdbi jdbi = db.jdbi();
        Rows rows = new Rows(jdbi);
        NoopDriver engine = new NoopDriver();
        String gone = TestDatabases.uniqueProject();
        String kept = TestDatabases.uniqueProject();
        App web = rows.app(gone, "web");
        Route a = rows.route(web, "/a");
        Route b = rows.route(web, "/b");
        rows.onEngine(engine, web, a, b);
        App half = rows.app(gone, "half", ResourceState.CREATING, Map.of(), Rows.OLD);
        App other = rows.app(kept, "web");
        rows.onEngine(engine, other, rows.route(other, "/a"));
        rows.call(gone, Rows.OLD, "success");
        rows.call(gone, Rows.NOW, "queued");
        rows.call(kept, Rows.OLD, "success");
        PurgeService purge = purge(jdbi, rows, engine, 1);

        PurgeReport preview = purge.purge(gone, true);

        assertThat(preview.apps()).extracting(PurgeReport.AppResult::name)
                .containsExactly("half", "web");
        assertThat(preview.routes()).isEqualTo(2);
        assertThat(preview.calls()).isEqualTo(2);
        assertThat(rows.countCalls(gone)).isEqualTo(2);
        assertThat(engine.listApps()).hasSize(2);

        PurgeReport done = purge.purge(gone, false);

        assertThat(done.ok()).isTrue();
        assertThat(done.calls()).isEqualTo(2);
        assertThat(jdbi.onDemand(InventoryDao.class).listApps(gone)).isEmpty();
        assertThat(rows.routes().findById(a.id())).isEmpty();
        assertThat(rows.apps().findById(half.id())).isEmpty();
        assertThat(rows.countCalls(gone)).isZero();
        assertThat(engine.listApps()).extracting(EngineApp::name)
                .containsExactly(other.engineName());
        assertThat(rows.countCalls(kept)).isEqualTo(1);
        assertThat(jdbi.onDemand(InventoryDao.class).listApps(kept)).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anAppTheEngineCannotDeleteIsReportedAndLeftDeleting(TestDatabase db) {
        Jdbi jdbi = db.jdbi();
        Rows rows = new Rows(jdbi);
        NoopDriver engine = spy(new NoopDriver());
        String project = TestDatabases.uniqueProject();
        App stuck = rows.app(project, "stuck");
        App fine = rows.app(project, "fine");
        doThrow(EngineException.unreachable("refused", null)).when(engine)
                .deleteApp(stuck.engineName());

        PurgeReport report = purge(jdbi, rows, engine, 1000).purge(project, false);

        assertThat(report.ok()).isFalse();
        assertThat(report.apps()).filteredOn(r -> r.error() != null)
                .extracting(PurgeReport.AppResult::name).containsExactly("stuck");
        assertThat(rows.apps().findById(stuck.id())).get().extracting(App::state)
                .isEqualTo(ResourceState.DELETING);
        assertThat(rows.apps().findById(fine.id())).isEmpty();
    }

    private static PurgeService purge(Jdbi jdbi, Rows rows, NoopDriver engine, int batch) {
        InventoryDao inventory = jdbi.onDemand(InventoryDao.class);
        return new PurgeService(inventory, rows.routes(),
                new UnitDeleter(rows.apps(), rows.routes(), engine),
                new ProjectCallPurger(inventory, jdbi.onDemand(CallRetentionDao.class), batch));
    }
}
