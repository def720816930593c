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

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class SchemaMigratorTest {

    /** A pool of one connection that survives close(), as a pooled connection does. */
    static final class OneConnection implements DataSource {
        final Connection connection;

        OneConnection(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Connection getConnection() {
            return (Connection) java.lang.reflect.Proxy.newProxyInstance(
                    getClass().getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("close")) {
                            return null;
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        @Override
        public Connection getConnection(String user, String password) {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }

    @Test
    void givesThePooledConnectionBackWithAutoCommitAsItWas() throws Exception {
        try (Connection c = DriverManager.getConnection(
                "jdbc:h2:mem:migrator-" + UUID.randomUUID(), "sa", "")) {
            assertThat(c.getAutoCommit()).isTrue();
            SchemaMigrator.migrate(new OneConnection(c));

            // Liquibase turned auto-commit off; later writes on the connection must commit.
            assertThat(c.getAutoCommit()).isTrue();
            assertThat(SchemaMigrator.pendingChangeSets(new OneConnection(c))).isZero();
            assertThat(c.getAutoCommit()).isTrue();
        }
    }
}
