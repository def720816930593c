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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.laos.common.model.App;
import io.laos.common.model.ResourceState;
import io.laos.common.model.Route;
import io.laos.common.model.RouteFormat;
import io.laos.common.model.RouteType;
import io.laos.db.DbErrors;
import io.laos.db.TestDatabases;
import io.laos.db.TestDatabases.TestDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RouteDaoTest {
    static final Instant T0 = AppDaoTest.T0;

    static List<TestDatabase> databases() {
        return TestDatabases.all();
    }

    static Route route(App app, String path, ResourceState state) {
        return new Route(UUID.randomUUID().toString(), app.id(), app.projectId(), app.name(),
                path, "iron/hello:1.0", RouteType.ASYNC, RouteFormat.HTTP, 256, 60, 10, 3,
                Map.of("X-Tricky", List.of("a'b", "ü 😀")), Map.of("K", "'; --"), true, state,
                T0, T0);
    }

    private App activeApp(TestDatabase db) {
        App app = AppDaoTest.app(TestDatabases.uniqueProject(), "app", ResourceState.ACTIVE);
        db.jdbi().onDemand(AppDao.class).insert(app);
        return app;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void storesAndReturnsEveryFieldWithItsAppsProjectAndName(TestDatabase db) {
        RouteDao dao = db.jdbi().onDemand(RouteDao.class);
        App app = activeApp(db);
        Route route = route(app, "/a/b", ResourceState.ACTIVE);

        assertThat(dao.insert(route)).isTrue();
        assertThat(dao.findActive(app.id(), "/a/b")).contains(route);
        assertThat(dao.findById(route.id())).contains(route);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void refusesRoutesInAnAppThatIsNotActive(TestDatabase db) {
        RouteDao dao = db.jdbi().onDemand(RouteDao.class);
        App app = activeApp(db);
        db.jdbi().onDemand(AppDao.class).changeState(app.id(), ResourceState.ACTIVE,
                ResourceState.DELETING);

        assertThat(dao.insert(route(app, "/x", ResourceState.CREATING))).isFalse();
        assertThat(dao.countByApp(app.id())).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void pathsAreUniquePerApp(TestDatabase db) {
        RouteDao dao = db.jdbi().onDemand(RouteDao.class);
        App app = activeApp(db);
        App other = activeApp(db);
        dao.insert(route(app, "/p", ResourceState.ACTIVE));
        dao.insert(route(other, "/p", ResourceState.ACTIVE));

        assertThatThrownBy(() -> dao.insert(route(app, "/p", ResourceState.CREATING)))
                .satisfies(e -> assertThat(DbErrors.isConstraintViolation(e)).isTrue());
        assertThat(dao.countByApp(app.id())).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void listsActiveRoutesByPathInPages(TestDatabase db) {
        RouteDao dao = db.jdbi().onDemand(RouteDao.class);
        App app = activeApp(db);
        for (String p : List.of("/c", "/a", "/b/x", "/b")) {
            dao.insert(route(app, p, ResourceState.ACTIVE));
        }
        dao.insert(route(app, "/aa", ResourceState.DELETING));

        assertThat(dao.listActive(app.id(), null, 2)).extracting(Route::path)
                .containsExactly("/a", "/b");
        assertThat(dao.listActive(app.id(), "/b", 5)).extracting(Route::path)
                .containsExactly("/b/x", "/c");
        assertThat(dao.listAll(app.id())).hasSize(5);
        assertThat(dao.listUnsettled()).extracting(Route::path).contains("/aa");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void updatesUnchangedActiveRoutesAndDeletes(TestDatabase db) {
        RouteDao dao = db.jdbi().onDemand(RouteDao.class);
        App app = activeApp(db);
        Route route = route(app, "/u", ResourceState.ACTIVE);
        dao.insert(route);
        Route changed = new Route(route.id(), app.id(), app.projectId(), app.name(), "/u",
                "other:2", RouteType.SYNC, RouteFormat.DEFAULT, 128, 30, 30, 1, Map.of(),
                Map.of(), false, ResourceState.ACTIVE, T0, T0.plusSeconds(3));

        assertThat(dao.update(changed, route.updatedAt())).isTrue();
        assertThat(dao.findActive(app.id(), "/u")).contains(changed);
        assertThat(dao.update(route.with(route.settings(), T0.plusSeconds(4)),
                route.updatedAt())).as("a writer that read the route before it changed")
                .isFalse();
        assertThat(dao.findActive(app.id(), "/u")).contains(changed);
        assertThat(dao.changeState(route.id(), ResourceState.ACTIVE, ResourceState.DELETING))
                .isTrue();
        assertThat(dao.update(route, changed.updatedAt())).isFalse();
        assertThat(dao.findActive(app.id(), "/u")).isEmpty();
        assertThat(dao.delete(route.id())).isEqualTo(1);
        assertThat(dao.findById(route.id())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anAppWithRoutesCannotBeDeletedFromUnderThem(TestDatabase db) {
        RouteDao dao = db.jdbi().onDemand(RouteDao.class);
        AppDao apps = db.jdbi().onDemand(AppDao.class);
        App app = activeApp(db);
        dao.insert(route(app, "/r", ResourceState.ACTIVE));

        assertThatThrownBy(() -> apps.delete(app.id()))
                .satisfies(e -> assertThat(DbErrors.isConstraintViolation(e)).isTrue());
        assertThat(apps.findById(app.id())).isPresent();
    }
}
