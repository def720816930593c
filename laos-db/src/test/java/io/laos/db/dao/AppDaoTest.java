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
import io.laos.common.validation.Limits;
import io.laos.db.DbErrors;
import io.laos.db.TestDatabases;
import io.laos.db.TestDatabases.TestDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AppDaoTest {
    static final Instant T0 = Instant.ofEpochMilli(1_780_000_000_123L);

    static List<TestDatabase> databases() {
        return TestDatabases.all();
    }

    static App app(String project, String name, ResourceState state) {
        return new App(UUID.randomUUID().toString(), project, name, "d", Map.of("K", "v"),
                "e-" + UUID.randomUUID().toString().substring(0, 20), state, T0, T0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void storesAndReturnsEveryFieldExactly(TestDatabase db) {
        AppDao dao = db.jdbi().onDemand(AppDao.class);
        String project = TestDatabases.uniqueProject();
        String tricky = "'; DROP TABLE apps; -- \\ \" % _ ünïcødé 😀 日本";
        App app = new App(UUID.randomUUID().toString(), project, "a.b-c_1", tricky,
                Map.of("QUOTE", tricky, "EMPTY", ""), "eng-" + project.substring(0, 20),
                ResourceState.ACTIVE, T0, T0.plusMillis(5));
        dao.insert(app);

        assertThat(dao.findActive(project, "a.b-c_1")).contains(app);
        assertThat(dao.findById(app.id())).contains(app);
    }

    /**
     * The API allows 1024 characters of description, counted as code points: a text outside
     * the Basic Multilingual Plane must fit too (H2 counts UTF-16 units in its VARCHARs).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void holdsTheLongestDescriptionTheApiAllows(TestDatabase db) {
        AppDao dao = db.jdbi().onDemand(AppDao.class);
        String project = TestDatabases.uniqueProject();
        String longest = "😀".repeat(Limits.DESCRIPTION_MAX);
        App app = new App(UUID.randomUUID().toString(), project, "long", longest, Map.of(),
                "eng-" + project.substring(0, 20), ResourceState.ACTIVE, T0, T0);
        dao.insert(app);

        assertThat(dao.findById(app.id())).get().extracting(App::description)
                .isEqualTo(longest);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void namesAreUniquePerProjectAndCaseSensitive(TestDatabase db) {
        AppDao dao = db.jdbi().onDemand(AppDao.class);
        String p1 = TestDatabases.uniqueProject();
        String p2 = TestDatabases.uniqueProject();
        dao.insert(app(p1, "hello", ResourceState.ACTIVE));
        dao.insert(app(p2, "hello", ResourceState.ACTIVE));
        dao.insert(app(p1, "Hello", ResourceState.ACTIVE));

        assertThatThrownBy(() -> dao.insert(app(p1, "hello", ResourceState.CREATING)))
                .satisfies(e -> assertThat(DbErrors.isConstraintViolation(e)).isTrue());
        assertThat(dao.findActive(p1, "Hello")).get().extracting(App::name).isEqualTo("Hello");
        assertThat(dao.findActive(p1, "HELLO")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void engineNamesAreUniqueAcrossProjects(TestDatabase db) {
        AppDao dao = db.jdbi().onDemand(AppDao.class);
        App first = app(TestDatabases.uniqueProject(), "x", ResourceState.ACTIVE);
        dao.insert(first);
        App clash = new App(UUID.randomUUID().toString(), TestDatabases.uniqueProject(), "x",
                "", Map.of(), first.engineName(), ResourceState.ACTIVE, T0, T0);

        assertThatThrownBy(() -> dao.insert(clash))
                .satisfies(e -> assertThat(DbErrors.isConstraintViolation(e)).isTrue());
        assertThat(dao.countEngineName(first.engineName())).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void listsActiveAppsByNameInPagesAfterTheMarker(TestDatabase db) {
        AppDao dao = db.jdbi().onDemand(AppDao.class);
        String project = TestDatabases.uniqueProject();
        for (String name : List.of("d", "b", "a", "c", "e")) {
            dao.insert(app(project, name, ResourceState.ACTIVE));
        }
        dao.insert(app(project, "bb", ResourceState.CREATING));
        dao.insert(app(TestDatabases.uniqueProject(), "aa", ResourceState.ACTIVE));

        assertThat(dao.listActive(project, null, 2)).extracting(App::name)
                .containsExactly("a", "b");
        assertThat(dao.listActive(project, "b", 2)).extracting(App::name)
                .containsExactly("c", "d");
        assertThat(dao.listActive(project, "d", 2)).extracting(App::name).containsExactly("e");
        assertThat(dao.listActive(project, "bz", 10)).extracting(App::name)
                .containsExactly("c", "d", "e");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void stateChangesOnlyFromTheExpectedState(TestDatabase db) {
        AppDao dao = db.jdbi().onDemand(AppDao.class);
        App app = app(TestDatabases.uniqueProject(), "s", ResourceState.CREATING);
        dao.insert(app);

        assertThat(dao.findActive(app.projectId(), "s")).isEmpty();
        assertThat(dao.changeState(app.id(), ResourceState.ACTIVE, ResourceState.DELETING))
                .isFalse();
        assertThat(dao.changeState(app.id(), ResourceState.CREATING, ResourceState.ACTIVE))
                .isTrue();
        assertThat(dao.findActive(app.projectId(), "s")).isPresent();
        assertThat(dao.listUnsettled()).extracting(App::id).doesNotContain(app.id());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void updatesOnlyActiveAppsNobodyChangedSinceRead(TestDatabase db) {
        AppDao dao = db.jdbi().onDemand(AppDao.class);
        App app = app(TestDatabases.uniqueProject(), "u", ResourceState.ACTIVE);
        dao.insert(app);
        App changed = new App(app.id(), app.projectId(), "u", "new", Map.of("A", "1"),
                app.engineName(), ResourceState.ACTIVE, T0, T0.plusSeconds(1));

        assertThat(dao.update(changed, app.updatedAt())).isTrue();
        assertThat(dao.findById(app.id())).contains(changed);
        App stale = new App(app.id(), app.projectId(), "u", "stale", Map.of(), app.engineName(),
                ResourceState.ACTIVE, T0, T0.plusSeconds(2));
        assertThat(dao.update(stale, app.updatedAt()))
                .as("a writer that read the app before it changed").isFalse();
        assertThat(dao.findById(app.id())).contains(changed);
        dao.changeState(app.id(), ResourceState.ACTIVE, ResourceState.DELETING);
        assertThat(dao.update(app, changed.updatedAt())).isFalse();
        assertThat(dao.delete(app.id())).isEqualTo(1);
        assertThat(dao.findById(app.id())).isEmpty();
    }
}
