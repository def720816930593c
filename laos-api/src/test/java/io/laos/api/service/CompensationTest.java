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
package io.laos.api.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.AdditionalAnswers.delegatesTo;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import io.laos.api.auth.LaosPrincipal;
import io.laos.api.driver.noop.NoopDriver;
import io.laos.api.policy.PolicyLoader;
import io.laos.common.driver.EngineApp;
import io.laos.common.driver.EngineRoute;
import io.laos.common.error.EngineException;
import io.laos.common.error.LaosException;
import io.laos.common.model.App;
import io.laos.common.model.ResourceState;
import io.laos.common.model.Route;
import io.laos.common.validation.AppRequests;
import io.laos.common.validation.RouteRequests;
import io.laos.db.TestDatabases;
import io.laos.db.dao.AppDao;
import io.laos.db.dao.RouteDao;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Writes that span the database and the engine: whichever side fails, the other is undone, so
 * nothing is left half-written. The database runs for real (H2); single DAO calls and the
 * engine are made to fail on purpose.
 */
class CompensationTest {
    static final EngineException ENGINE_DOWN = EngineException.unreachable("test", null);

    String project;
    LaosPrincipal caller;
    AppDao realApps;
    RouteDao realRoutes;
    AppDao apps;
    RouteDao routes;
    NoopDriver driver;
    AppService appService;
    RouteService routeService;

    @BeforeEach
    void setUp() {
        Jdbi jdbi = TestDatabases.all().get(0).jdbi();
        project = TestDatabases.uniqueProject();
        caller = new LaosPrincipal("u", project, Set.of("member"), null);
        realApps = jdbi.onDemand(AppDao.class);
        realRoutes = jdbi.onDemand(RouteDao.class);
        apps = mock(AppDao.class, delegatesTo(realApps));
        routes = mock(RouteDao.class, delegatesTo(realRoutes));
        driver = spy(new NoopDriver());
        Clock clock = Clock.systemUTC();
        routeService = new RouteService(apps, routes, driver, PolicyLoader.load(null), clock);
        appService = new AppService(apps, routes, routeService, driver, PolicyLoader.load(null),
                clock);
    }

    AppRequests.Create app(String name) {
        return new AppRequests.Create(name, "", Map.of("K", "v"));
    }

    RouteRequests.Create route(String path) {
        return new RouteRequests.Create(path, RouteRequests.defaults("img"));
    }

    @Test
    void engineFailureOnAppCreateLeavesNoRow() {
        doThrow(ENGINE_DOWN).when(driver).createApp(any());

        assertThatThrownBy(() -> appService.create(caller, project, app("a")))
                .isSameAs(ENGINE_DOWN);
        assertThat(realApps.findByName(project, "a")).isEmpty();
    }

    @Test
    void databaseFailureAfterEngineCreateRemovesTheEngineApp() {
        doThrow(new UnableToExecuteStatementException("db down")).when(apps)
                .changeState(anyString(), eq(ResourceState.CREATING), eq(ResourceState.ACTIVE));

        assertThatThrownBy(() -> appService.create(caller, project, app("a")))
                .isInstanceOf(UnableToExecuteStatementException.class);
        assertThat(driver.listApps()).isEmpty();
        assertThat(realApps.findByName(project, "a")).isEmpty();
    }

    @Test
    void databaseFailureOnAppUpdateRestoresTheEngineConfig() {
        App created = appService.create(caller, project, app("a"));
        doThrow(new UnableToExecuteStatementException("db down")).when(apps)
                .update(any(), any());

        assertThatThrownBy(() -> appService.update(caller, project, "a",
                new AppRequests.Update(null, Map.of("K", "changed"))))
                .isInstanceOf(UnableToExecuteStatementException.class);
        assertThat(driver.listApps()).containsExactly(
                new EngineApp(created.engineName(), Map.of("K", "v")));
        assertThat(realApps.findActive(project, "a").orElseThrow().config())
                .isEqualTo(Map.of("K", "v"));
    }

    /**
     * Another update lands between this one's read and its write: the loser starts again from
     * the winner's row, so both changes end up in the database and on the engine.
     */
    @Test
    void anAppUpdateThatLosesARaceKeepsBothChanges() {
        App created = appService.create(caller, project, app("a"));
        AtomicBoolean raced = new AtomicBoolean();
        doAnswer(call -> {
            if (raced.compareAndSet(false, true)) {
                appService.update(caller, project, "a",
                        new AppRequests.Update(null, Map.of("B", "2")));
            }
            return realApps.update(call.getArgument(0), call.getArgument(1));
        }).when(apps).update(any(), any());

        App updated = appService.update(caller, project, "a",
                new AppRequests.Update("mine", Map.of("A", "1")));

        Map<String, String> both = Map.of("K", "v", "A", "1", "B", "2");
        assertThat(updated.config()).isEqualTo(both);
        assertThat(realApps.findActive(project, "a").orElseThrow())
                .extracting(App::config, App::description).containsExactly(both, "mine");
        assertThat(driver.listApps()).containsExactly(new EngineApp(created.engineName(), both));
    }

    @Test
    void anUpdateThatKeepsLosingRacesIs409AndTheEngineHoldsTheDatabasesState() {
        App created = appService.create(caller, project, app("a"));
        AtomicInteger other = new AtomicInteger();
        doAnswer(call -> {
            App mine = call.getArgument(0);
            realApps.update(new App(mine.id(), project, "a", "", Map.of("OTHER",
                    "" + other.incrementAndGet()), mine.engineName(), ResourceState.ACTIVE,
                    mine.createdAt(), mine.updatedAt()), call.getArgument(1));
            return realApps.update(mine, call.getArgument(1));
        }).when(apps).update(any(), any());

        assertThatThrownBy(() -> appService.update(caller, project, "a",
                new AppRequests.Update(null, Map.of("A", "1"))))
                .isInstanceOfSatisfying(LaosException.class,
                        e -> assertThat(e.status()).isEqualTo(409));
        Map<String, String> last = Map.of("OTHER", "" + Updates.ATTEMPTS);
        assertThat(realApps.findActive(project, "a").orElseThrow().config()).isEqualTo(last);
        assertThat(driver.listApps()).containsExactly(new EngineApp(created.engineName(), last));
    }

    @Test
    void aDeleteRefusedForRoutesNeverMarksTheApp() {
        appService.create(caller, project, app("a"));
        routeService.create(caller, project, "a", route("/r"));

        assertThatThrownBy(() -> appService.delete(caller, project, "a", false))
                .isInstanceOfSatisfying(LaosException.class,
                        e -> assertThat(e.status()).isEqualTo(409));
        verify(apps, never()).changeState(anyString(), any(), eq(ResourceState.DELETING));
        assertThat(realApps.findActive(project, "a")).isPresent();
    }

    @Test
    void engineFailureOnAppDeleteKeepsTheAppActive() {
        appService.create(caller, project, app("a"));
        doThrow(ENGINE_DOWN).when(driver).deleteApp(anyString());

        assertThatThrownBy(() -> appService.delete(caller, project, "a", false))
                .isSameAs(ENGINE_DOWN);
        assertThat(realApps.findActive(project, "a")).isPresent();
        assertThat(driver.listApps()).hasSize(1);
    }

    @Test
    void engineFailureOnRouteCreateLeavesNoRow() {
        appService.create(caller, project, app("a"));
        doThrow(ENGINE_DOWN).when(driver).createRoute(anyString(), any());

        assertThatThrownBy(() -> routeService.create(caller, project, "a", route("/r")))
                .isSameAs(ENGINE_DOWN);
        App app = realApps.findActive(project, "a").orElseThrow();
        assertThat(realRoutes.listAll(app.id())).isEmpty();
    }

    @Test
    void databaseFailureAfterEngineRouteCreateRemovesTheEngineRoute() {
        App app = appService.create(caller, project, app("a"));
        doThrow(new UnableToExecuteStatementException("db down")).when(routes)
                .changeState(anyString(), eq(ResourceState.CREATING), eq(ResourceState.ACTIVE));

        assertThatThrownBy(() -> routeService.create(caller, project, "a", route("/r")))
                .isInstanceOf(UnableToExecuteStatementException.class);
        assertThat(driver.listRoutes(app.engineName())).isEmpty();
        assertThat(realRoutes.listAll(app.id())).isEmpty();
    }

    @Test
    void databaseFailureOnRouteUpdateRestoresTheEngineRoute() {
        App app = appService.create(caller, project, app("a"));
        routeService.create(caller, project, "a", route("/r"));
        doThrow(new UnableToExecuteStatementException("db down")).when(routes)
                .update(any(), any());

        assertThatThrownBy(() -> routeService.update(caller, project, "a", "/r",
                AppRequestsJson.of("{\"memory\": 512}")))
                .isInstanceOf(UnableToExecuteStatementException.class);
        assertThat(driver.listRoutes(app.engineName())).extracting(EngineRoute::memory)
                .containsExactly(128L);
        verify(driver, times(2)).updateRoute(eq(app.engineName()), any(), any());
    }

    @Test
    void aRouteUpdateThatLosesARaceKeepsBothChanges() {
        App app = appService.create(caller, project, app("a"));
        routeService.create(caller, project, "a", route("/r"));
        AtomicBoolean raced = new AtomicBoolean();
        doAnswer(call -> {
            if (raced.compareAndSet(false, true)) {
                routeService.update(caller, project, "a", "/r",
                        AppRequestsJson.of("{\"timeout\": 60}"));
            }
            return realRoutes.update(call.getArgument(0), call.getArgument(1));
        }).when(routes).update(any(), any());

        routeService.update(caller, project, "a", "/r", AppRequestsJson.of("{\"memory\": 512}"));

        Route stored = realRoutes.findActive(app.id(), "/r").orElseThrow();
        assertThat(stored).extracting(Route::memory, Route::timeout).containsExactly(512L, 60);
        assertThat(driver.listRoutes(app.engineName())).containsExactly(EngineRoute.of(stored));
    }

    @Test
    void engineFailureOnRouteDeleteKeepsTheRouteActive() {
        App app = appService.create(caller, project, app("a"));
        routeService.create(caller, project, "a", route("/r"));
        doThrow(ENGINE_DOWN).when(driver).deleteRoute(anyString(), anyString());

        assertThatThrownBy(() -> routeService.delete(caller, project, "a", "/r"))
                .isSameAs(ENGINE_DOWN);
        assertThat(realRoutes.findActive(app.id(), "/r")).isPresent();
        assertThat(driver.listRoutes(app.engineName())).hasSize(1);
    }

    /** Parses test JSON. */
    static final class AppRequestsJson {
        static com.fasterxml.jackson.databind.JsonNode of(String json) {
            try {
                return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
