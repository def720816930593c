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

import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.ManagedDataSource;
import io.laos.api.LaosConfiguration;
import io.laos.api.reconcile.InventoryDao;
import io.laos.api.reconcile.UnitDeleter;
import io.laos.common.driver.FunctionsDriver;
import io.laos.db.dao.AppDao;
import io.laos.db.dao.RouteDao;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.jetty.util.component.LifeCycle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an admin command needs, built from the config without starting the HTTP server: a
 * hand-made {@link Environment}, the database pool, JDBI and its DAOs, and the engine driver.
 * Each part is built on first use (so {@code apps list} never contacts the engine, and
 * {@code check} can report each part that fails), and {@link #close()} releases them all.
 */
public final class AdminContext implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AdminContext.class);

    private final LaosConfiguration config;
    private final Environment environment;
    private final List<LifeCycle> started = new ArrayList<>();
    private ManagedDataSource dataSource;
    private Jdbi jdbi;
    private FunctionsDriver driver;

    public AdminContext(LaosConfiguration config, Environment environment) {
        this.config = config;
        this.environment = environment;
    }

    /** A context whose environment carries the bootstrap's mapper, validator and registries. */
    public static AdminContext open(Bootstrap<LaosConfiguration> bootstrap,
                                    LaosConfiguration config) {
        return new AdminContext(config, new Environment(bootstrap.getApplication().getName(),
                bootstrap.getObjectMapper(), bootstrap.getValidatorFactory(),
                bootstrap.getMetricRegistry(), bootstrap.getClassLoader(),
                bootstrap.getHealthCheckRegistry(), config));
    }

    public LaosConfiguration config() {
        return config;
    }

    public Environment environment() {
        return environment;
    }

    public synchronized DataSource dataSource() throws Exception {
        if (dataSource == null) {
            ManagedDataSource built = config.getDatabase().build(environment.metrics(), "admin");
            built.start();
            dataSource = built;
        }
        return dataSource;
    }

    public synchronized Jdbi jdbi() throws Exception {
        if (jdbi == null) {
            jdbi = Jdbi.create(dataSource()).installPlugin(new SqlObjectPlugin());
        }
        return jdbi;
    }

    public <T> T dao(Class<T> type) throws Exception {
        return jdbi().onDemand(type);
    }

    /** The configured driver, with whatever it registered in the environment started. */
    public synchronized FunctionsDriver driver() throws Exception {
        if (driver == null) {
            FunctionsDriver built = config.getDriver().build(environment);
            startManaged();
            driver = built;
        }
        return driver;
    }

    public AppDao apps() throws Exception {
        return dao(AppDao.class);
    }

    public RouteDao routes() throws Exception {
        return dao(RouteDao.class);
    }

    public InventoryDao inventory() throws Exception {
        return dao(InventoryDao.class);
    }

    public UnitDeleter unitDeleter() throws Exception {
        return new UnitDeleter(apps(), routes(), driver());
    }

    /** Starts the managed objects (client pools, executors) registered since the last call. */
    public synchronized void startManaged() throws Exception {
        for (LifeCycle managed : environment.lifecycle().getManagedObjects()) {
            if (!started.contains(managed)) {
                managed.start();
                started.add(managed);
            }
        }
    }

    @Override
    public synchronized void close() {
        if (driver != null) {
            quietly("the engine driver", driver::close);
        }
        for (int i = started.size() - 1; i >= 0; i--) {
            LifeCycle managed = started.get(i);
            quietly("a managed object", managed::stop);
        }
        if (dataSource != null) {
            quietly("the database pool", dataSource::stop);
        }
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void quietly(String what, Step step) {
        try {
            step.run();
        } catch (Exception e) {
            LOG.warn("Could not close {}: {}", what, e.toString());
        }
    }
}
