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

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.ui.ConsoleUIService;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

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

    @Test
    void reportsThroughTheLogOnlyNeverOnTheConsole() throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream consoleStream = new PrintStream(console, true, StandardCharsets.UTF_8);
        ch.qos.logback.classic.Logger liquibaseLog =
                (ch.qos.logback.classic.Logger) LoggerFactory.getLogger("liquibase");
        Level level = liquibaseLog.getLevel();
        boolean additive = liquibaseLog.isAdditive();
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        liquibaseLog.addAppender(events);
        liquibaseLog.setLevel(Level.INFO);
        liquibaseLog.setAdditive(false);
        PrintStream out = System.out;
        PrintStream err = System.err;
        try (Connection c = DriverManager.getConnection(
                "jdbc:h2:mem:migrator-" + UUID.randomUUID(), "sa", "")) {
            System.setOut(consoleStream);
            System.setErr(consoleStream);
            // Liquibase's own default UI: a console on standard output. Its root scope took
            // System.out once, when this JVM first used Liquibase; this one writes to ours.
            ConsoleUIService defaultUi = new ConsoleUIService();
            defaultUi.setOutputStream(consoleStream);
            defaultUi.setErrorStream(consoleStream);
            Scope.child(Map.of(Scope.Attr.ui.name(), defaultUi),
                    () -> SchemaMigrator.migrate(new OneConnection(c)));
        } finally {
            System.setOut(out);
            System.setErr(err);
            liquibaseLog.detachAppender(events);
            liquibaseLog.setLevel(level);
            liquibaseLog.setAdditive(additive);
        }

        assertThat(console.toString(StandardCharsets.UTF_8)).isEmpty();
        List<String> infos = events.list.stream()
                .filter(e -> e.getLevel() == Level.INFO)
                .map(ILoggingEvent::getFormattedMessage)
                .toList();
        // What the console used to show is now in the log, at INFO.
        assertThat(infos).anyMatch(m -> m.startsWith("Running Changeset: "));
        assertThat(infos).anyMatch(m -> m.contains("UPDATE SUMMARY"));
        assertThat(events.list).noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.WARN));
    }
}
