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
import java.util.List;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;
import java.util.Map;

/**
 * Applies the Liquibase changelogs of the top-level {@code migrations/} folder (packaged on the
 * classpath as {@value #CHANGELOG}). Used at start-up for the embedded default and by tests;
 * operators use the {@code db migrate} command, which reads the same file.
 *
 * <p>Liquibase reports only through SLF4J (liquibase-slf4j is its log service): its console UI
 * ("Running Changeset: ...", the update summary) would otherwise be printed on standard output
 * whatever the configured log level. Here those messages are INFO log lines of the
 * {@code liquibase} loggers, so a server logging at WARN starts without them.
 */
public final class SchemaMigrator {
    public static final String CHANGELOG = "migrations/migrations.xml";

    static {
        // Liquibase would otherwise try to send usage analytics over the network.
        if (System.getProperty("liquibase.analytics.enabled") == null) {
            System.setProperty("liquibase.analytics.enabled", "false");
        }
        if (System.getProperty("liquibase.showBanner") == null) {
            System.setProperty("liquibase.showBanner", "false");
        }
    }

    private SchemaMigrator() {
    }

    /** Brings the schema up to date. */
    public static void migrate(DataSource dataSource) {
        run(dataSource, database -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                // The summary goes to the log only, not also to the command's output (stdout).
                .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT,
                        UpdateSummaryOutputEnum.LOG)
                .execute());
    }

    /** Counts the changesets not yet applied (0 means the schema is current). */
    @SuppressWarnings("deprecation") // Liquibase has no command-scope form that returns the list
    public static int pendingChangeSets(DataSource dataSource) {
        int[] pending = new int[1];
        run(dataSource, database -> {
            liquibase.Liquibase lb = new liquibase.Liquibase(CHANGELOG,
                    new ClassLoaderResourceAccessor(), database);
            List<?> unrun = lb.listUnrunChangeSets(new liquibase.Contexts(),
                    new liquibase.LabelExpression());
            pending[0] = unrun.size();
        });
        return pending[0];
    }

    private interface DatabaseWork {
        void run(Database database) throws LiquibaseException;
    }

    private static void run(DataSource dataSource, DatabaseWork work) {
        try (Connection connection = dataSource.getConnection()) {
            // Liquibase turns auto-commit off; a pooled connection must go back as it came, or
            // whatever the application writes on it later is never committed.
            boolean autoCommit = connection.getAutoCommit();
            try {
                Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
                // LoggerUIService: what Liquibase shows a user of its console becomes log lines.
                Scope.child(Map.of(Scope.Attr.resourceAccessor.name(),
                        new ClassLoaderResourceAccessor(SchemaMigrator.class.getClassLoader()),
                        Scope.Attr.ui.name(), new LoggerUIService()),
                        () -> work.run(database));
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to the database: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new IllegalStateException("Schema migration failed: " + e.getMessage(), e);
        }
    }
}
