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
package io.laos.db.dao;

import static org.assertj.core.api.Assertions.assertThat;

import io.laos.common.model.App;
import io.laos.common.model.ResourceState;
import io.laos.common.model.Route;
import io.laos.common.model.RouteFormat;
import io.laos.common.model.RouteType;
import io.laos.common.model.RunTarget;
import io.laos.db.TestDatabases;
import io.laos.db.TestDatabases.TestDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RunTargetDaoTest {
    static final Instant T0 = Instant.ofEpochMilli(1_780_000_000_123L);

    static List<TestDatabase> databases() {
        return TestDatabases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void findsTheActiveRouteWithItsAppInOneQuery(TestDatabase db) {
        AppDao apps = db.jdbi().onDemand(AppDao.class);
        RouteDao routes = db.jdbi().onDemand(RouteDao.class);
        RunTargetDao targets = db.jdbi().onDemand(RunTargetDao.class);
        String project = TestDatabases.uniqueProject();
        App app = new App(UUID.randomUUID().toString(), project, "App", "desc",
                Map.of("A", "1"), "eng-" + project.substring(1, 20), ResourceState.ACTIVE, T0,
                T0.plusMillis(1));
        apps.insert(app);
        Route route = new Route(UUID.randomUUID().toString(), app.id(), project, "App", "/a/b",
                "img", RouteType.ASYNC, RouteFormat.DEFAULT, 256, 10, 20, 3,
                Map.of("X-H", List.of("v")), Map.of("B", "2"), true, ResourceState.ACTIVE, T0,
                T0.plusMillis(2));
        routes.insert(route);
        Route creating = new Route(UUID.randomUUID().toString(), app.id(), project, "App", "/c",
                "img", RouteType.SYNC, RouteFormat.DEFAULT, 128, 30, 30, 1, Map.of(), Map.of(),
                false, ResourceState.CREATING, T0, T0);
        routes.insert(creating);

        assertThat(targets.find(project, "App", "/a/b")).contains(new RunTarget(app, route));
        assertThat(targets.find(project, "App", "/c")).isEmpty();
        assertThat(targets.find(project, "app", "/a/b")).isEmpty();
        assertThat(targets.find(project, "App", "/a")).isEmpty();
        assertThat(targets.find(TestDatabases.uniqueProject(), "App", "/a/b")).isEmpty();
        apps.changeState(app.id(), ResourceState.ACTIVE, ResourceState.DELETING);
        assertThat(targets.find(project, "App", "/a/b")).isEmpty();
    }
}
