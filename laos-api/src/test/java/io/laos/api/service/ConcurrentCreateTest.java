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

import io.laos.api.auth.LaosPrincipal;
import io.laos.api.driver.noop.NoopDriver;
import io.laos.api.policy.PolicyLoader;
import io.laos.common.error.ErrorKind;
import io.laos.common.error.LaosException;
import io.laos.common.validation.AppRequests;
import io.laos.db.TestDatabases;
import io.laos.db.TestDatabases.TestDatabase;
import io.laos.db.dao.AppDao;
import io.laos.db.dao.RouteDao;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Twenty parallel creates of one app name in one project, on every database: exactly one
 * wins, the others get 409, one row and one engine app exist. The database's unique key is
 * what guarantees it, so it is checked where the key lives.
 */
class ConcurrentCreateTest {
    static final int PARALLEL = 20;

    static List<TestDatabase> databases() {
        return TestDatabases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void exactlyOneOfManyParallelCreatesWins(TestDatabase db) throws Exception {
        Jdbi jdbi = db.jdbi();
        AppDao apps = jdbi.onDemand(AppDao.class);
        RouteDao routes = jdbi.onDemand(RouteDao.class);
        NoopDriver engine = new NoopDriver();
        RouteService routeService = new RouteService(apps, routes, engine, PolicyLoader.load(null),
                Clock.systemUTC());
        AppService service = new AppService(apps, routes, routeService, engine,
                PolicyLoader.load(null), Clock.systemUTC());
        String project = TestDatabases.uniqueProject();
        LaosPrincipal caller = new LaosPrincipal("u", project, Set.of("member"), null);

        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            results.add(pool.submit(() -> {
                go.await();
                try {
                    service.create(caller, project,
                            new AppRequests.Create("same", "", Map.of()));
                    return 201;
                } catch (LaosException e) {
                    return e.status();
                }
            }));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : results) {
            statuses.add(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == ErrorKind.CONFLICT.status())
                .hasSize(PARALLEL - 1);
        assertThat(apps.listActive(project, null, 10)).hasSize(1);
        assertThat(engine.listApps()).hasSize(1);
    }
}
