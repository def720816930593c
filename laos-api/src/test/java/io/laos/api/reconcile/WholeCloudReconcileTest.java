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
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.spy;

import io.laos.api.driver.noop.NoopDriver;
import io.laos.common.driver.EngineApp;
import io.laos.common.driver.EngineRoute;
import io.laos.common.error.EngineException;
import io.laos.common.model.App;
import io.laos.common.model.ResourceState;
import io.laos.common.model.Route;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs over a whole (private) database: engine apps LaOS does not own, failed repairs, and
 * the rows-only mode used for the in-process local engine.
 */
class WholeCloudReconcileTest {
    private final NoopDriver engine = spy(new NoopDriver());
    private Rows rows;
    private ReconcileService service;

    @BeforeEach
    void setUp() {
        Jdbi jdbi = Rows.privateH2();
        rows = new Rows(jdbi);
        service = new ReconcileService(jdbi.onDemand(InventoryDao.class), rows.apps(),
                rows.routes(), engine, Clock.fixed(Rows.NOW, ZoneOffset.UTC));
    }

    @Test
    void unownedEngineAppsAreReportedAndDeletedOnlyWhenAsked() {
        App owned = rows.app("p1", "owned");
        Route route = rows.route(owned, "/a");
        rows.onEngine(engine, owned, route);
        engine.createApp(new EngineApp("someone-elses", Map.of()));
        engine.createRoute("someone-elses", Rows.at("/x", EngineRoute.of(route)));

        ReconcileReport reported = service.run(ReconcileOptions.repair());

        assertThat(reported.findings()).singleElement().satisfies(f -> {
            assertThat(f.drift().kind()).isEqualTo(DriftKind.APP_UNOWNED);
            assertThat(f.drift().app()).isEqualTo("someone-elses");
            assertThat(f.drift().project()).isNull();
            assertThat(f.outcome()).isEqualTo(Finding.Outcome.REPORTED);
        });
        assertThat(reported.ok()).isTrue();
        assertThat(engine.listApps()).hasSize(2);
        assertThat(service.run(ReconcileOptions.dryRunOnly().withDeleteUnowned()).findings())
                .extracting(Finding::outcome).containsExactly(Finding.Outcome.WOULD_REPAIR);
        assertThat(engine.listApps()).hasSize(2);

        ReconcileReport deleted = service.run(ReconcileOptions.repair().withDeleteUnowned());

        assertThat(deleted.findings()).extracting(Finding::outcome)
                .containsExactly(Finding.Outcome.REPAIRED);
        assertThat(engine.listApps()).extracting(EngineApp::name)
                .containsExactly(owned.engineName());
        assertThat(engine.listRoutes("someone-elses")).isEmpty();
        assertThat(service.run(ReconcileOptions.repair().withDeleteUnowned()).inSync()).isTrue();
    }

    @Test
    void unownedEngineAppsAreNotLookedForInAProjectRun() {
        engine.createApp(new EngineApp("someone-elses", Map.of()));

        assertThat(service.run(ReconcileOptions.repair().withDeleteUnowned().forProject("p1"))
                .inSync()).isTrue();
        assertThat(engine.listApps()).hasSize(1);
    }

    @Test
    void aFailedRepairIsReportedAndTheOthersStillHappen() {
        App broken = rows.app("p1", "broken");
        App fine = rows.app("p1", "fine");
        doThrow(EngineException.unreachable("connection refused", null)).when(engine)
                .createApp(any(EngineApp.class));

        ReconcileReport report = service.run(ReconcileOptions.repair());

        assertThat(report.ok()).isFalse();
        assertThat(report.findings()).extracting(Finding::outcome)
                .containsOnly(Finding.Outcome.FAILED);
        assertThat(report.findings()).extracting(f -> f.drift().app())
                .containsExactly(broken.name(), fine.name());
        assertThat(report.findings().get(0).error()).contains("unreachable",
                "connection refused");
    }

    @Test
    void anAppWhoseRoutesCannotBeListedIsUncheckedNotFatal() {
        App first = rows.app("p1", "first");
        App second = rows.app("p1", "second");
        rows.onEngine(engine, first);
        rows.onEngine(engine, second);
        doThrow(EngineException.timeout("read timed out", null)).when(engine)
                .listRoutes(first.engineName());

        ReconcileReport report = service.run(ReconcileOptions.repair());

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.drift().kind()).isEqualTo(DriftKind.UNCHECKED);
            assertThat(f.drift().app()).isEqualTo("first");
            assertThat(f.outcome()).isEqualTo(Finding.Outcome.FAILED);
        });
    }

    @Test
    void rowsOnlyRepairsCrashLeftoversWithoutComparingTheEngine() {
        App active = rows.app("p1", "active");
        rows.route(active, "/kept");
        App creating = rows.app("p1", "creating", ResourceState.CREATING, Map.of(), Rows.OLD);
        ReconcileOptions rowsOnly = new ReconcileOptions(false, false, null,
                ReconcileOptions.DEFAULT_GRACE, true);

        ReconcileReport report = service.run(rowsOnly);

        assertThat(report.findings()).extracting(f -> f.drift().kind())
                .containsExactly(DriftKind.APP_CREATE_INTERRUPTED);
        assertThat(rows.apps().findById(creating.id())).isEmpty();
        assertThat(engine.listApps()).isEmpty();
        assertThat(rows.routes().listAll(active.id())).extracting(Route::path)
                .isEqualTo(List.of("/kept"));
    }
}
