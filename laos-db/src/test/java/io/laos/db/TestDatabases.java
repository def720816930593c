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
package io.laos.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import javax.sql.DataSource;

/**
 * The databases the DB tier runs on: H2 always; MariaDB and PostgreSQL when
 * {@code LAOS_TEST_MARIADB_URL} / {@code LAOS_TEST_POSTGRES_URL} give JDBC URLs. With
 * {@code LAOS_TEST_REQUIRE_DBS=true} (as {@code .ci/run} sets) a missing or unreachable one is a
 * failure, not a skip, so that a database regression can never pass CI silently.
 */
public final class TestDatabases {
    public static final String MARIADB_ENV = "LAOS_TEST_MARIADB_URL";
    public static final String POSTGRES_ENV = "LAOS_TEST_POSTGRES_URL";
    public static final String REQUIRE_ENV = "LAOS_TEST_REQUIRE_DBS";

    private static final Map<String, Jdbi> MIGRATED = new ConcurrentHashMap<>();

    /** One database under test. */
    public record TestDatabase(String name, DataSource dataSource) {
        @Override
        public String toString() {
            return name;
        }

        /** A JDBI bound to this database, with the schema migrated once per test run. */
        public Jdbi jdbi() {
            return MIGRATED.computeIfAbsent(name, n -> {
                SchemaMigrator.migrate(dataSource);
                return Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
            });
        }
    }

    private TestDatabases() {
    }

    public static boolean required() {
        return "true".equalsIgnoreCase(System.getenv(REQUIRE_ENV));
    }

    /** Every database to test on; throws when a required one is missing or unreachable. */
    public static List<TestDatabase> all() {
        List<TestDatabase> dbs = new ArrayList<>();
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:laos-dao-tests;DB_CLOSE_DELAY=-1");
        dbs.add(new TestDatabase("h2", h2));
        addIfConfigured(dbs, "mariadb", MARIADB_ENV);
        addIfConfigured(dbs, "postgresql", POSTGRES_ENV);
        return dbs;
    }

    private static void addIfConfigured(List<TestDatabase> dbs, String name, String env) {
        String url = System.getenv(env);
        if (url == null || url.isBlank()) {
            if (required()) {
                throw new IllegalStateException(env + " is not set, but " + REQUIRE_ENV
                        + "=true makes the " + name + " tier mandatory");
            }
            return;
        }
        DataSource ds = dataSource(name, url);
        try (Connection c = ds.getConnection()) {
            c.isValid(5);
        } catch (SQLException e) {
            if (required()) {
                throw new IllegalStateException("The " + name + " test database at " + env
                        + " is unreachable: " + e.getMessage(), e);
            }
            return;
        }
        dbs.add(new TestDatabase(name, ds));
    }

    private static DataSource dataSource(String name, String url) {
        try {
            if (name.equals("mariadb")) {
                return new MariaDbDataSource(url);
            }
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(url);
            return pg;
        } catch (SQLException e) {
            throw new IllegalStateException("Bad JDBC URL in the environment for " + name, e);
        }
    }

    /** A project id no other test uses, so tests share databases without cleaning them. */
    public static String uniqueProject() {
        return "p" + UUID.randomUUID().toString().replace("-", "");
    }
}
