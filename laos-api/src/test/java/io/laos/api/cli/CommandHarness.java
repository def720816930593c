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

import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.cli.Command;
import io.dropwizard.core.cli.ServerCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.util.JarLocation;
import io.laos.api.LaosApplication;
import io.laos.api.LaosConfiguration;
import io.laos.api.reconcile.Rows;
import io.laos.db.SchemaMigrator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * Runs admin commands through Dropwizard's real command line ({@link Cli}), with the commands
 * registered as LaosApplication registers them, and captures what they print. Each harness has
 * its own in-memory H2 database and writes its own config file.
 */
final class CommandHarness {
    private final String jdbcUrl = "jdbc:h2:mem:cli-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private String dbPassword = "";
    private String auth = "auth:\n  type: noauth\n";
    private String driver = "driver:\n  type: noop\n";
    private String extraDatabase = "";
    private String logLevel = "\"OFF\"";

    /** What a command run printed, and whether it succeeded (exit status 0). */
    record Result(boolean ok, String out, String err) {
        String all() {
            return out + err;
        }
    }

    CommandHarness dbPassword(String password) {
        this.dbPassword = password;
        return this;
    }

    CommandHarness auth(String yaml) {
        this.auth = yaml;
        return this;
    }

    CommandHarness driver(String yaml) {
        this.driver = yaml;
        return this;
    }

    CommandHarness ironFunctions(String url) {
        return driver("driver:\n  type: ironfunctions\n  url: " + url + "\n");
    }

    /** Replaces the database URL by one that cannot work (to test error paths). */
    CommandHarness brokenDatabase(String url) {
        this.extraDatabase = url;
        return this;
    }

    /** Logs at this level (to standard output, like the real jar); off by default. */
    CommandHarness logLevel(String level) {
        this.logLevel = level;
        return this;
    }

    /** Migrates the database and gives direct access to its rows. */
    Rows migratedRows() {
        JdbcDataSource h2 = dataSource();
        SchemaMigrator.migrate(h2);
        return new Rows(Jdbi.create(h2).installPlugin(new SqlObjectPlugin()));
    }

    JdbcDataSource dataSource() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(jdbcUrl);
        h2.setUser("sa");
        h2.setPassword(dbPassword);
        return h2;
    }

    Path config() {
        String yaml = "server:\n"
                + "  applicationConnectors: [{type: http, bindHost: 127.0.0.1, port: 0}]\n"
                + "  adminConnectors: [{type: http, bindHost: 127.0.0.1, port: 0}]\n"
                + "database:\n"
                + "  driverClass: org.h2.Driver\n"
                + "  url: \"" + (extraDatabase.isEmpty() ? jdbcUrl : extraDatabase) + "\"\n"
                + "  user: sa\n"
                + "  password: \"" + dbPassword + "\"\n"
                + auth + driver
                + "logging:\n  level: " + logLevel + "\n";
        try {
            Path file = Files.createTempFile("laos-cli-", ".yml");
            file.toFile().deleteOnExit();
            Files.writeString(file, yaml);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code args}, with the config file path appended. */
    Result runWithConfig(String... args) {
        String[] all = new String[args.length + 1];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = config().toString();
        return run(all);
    }

    /**
     * Runs the command line exactly as given. The process's standard streams are captured too:
     * the commands print there (and so do the logs), as they do in the real jar.
     */
    Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintStream realOut = System.out;
        PrintStream realErr = System.err;
        System.setOut(o);
        System.setErr(e);
        Optional<Throwable> failure;
        try {
            failure = new Cli(new JarLocation(LaosApplication.class), bootstrap(), o, e)
                    .run(args);
        } finally {
            System.setOut(realOut);
            System.setErr(realErr);
        }
        return new Result(failure.isEmpty(), out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8));
    }

    /**
     * The bootstrap as LaosApplication builds it: its default commands (the server, and LaOS's
     * check in place of Dropwizard's), its bundles and commands, plus any admin command it
     * does not register (yet).
     */
    private Bootstrap<LaosConfiguration> bootstrap() {
        var application = new LaosApplication() {
            @Override
            protected void addDefaultCommands(Bootstrap<LaosConfiguration> bootstrap) {
                bootstrap.addCommand(new ServerCommand<>(this));
                bootstrap.addCommand(new CheckCommand());
            }

            void defaults(Bootstrap<LaosConfiguration> bootstrap) {
                addDefaultCommands(bootstrap);
            }
        };
        Bootstrap<LaosConfiguration> bootstrap = new Bootstrap<>(application);
        application.defaults(bootstrap);
        application.initialize(bootstrap);
        Set<String> present = bootstrap.getCommands().stream().map(Command::getName)
                .collect(Collectors.toSet());
        for (Command command : List.of(new AppsCommand(), new ReconcileCommand(),
                new PurgeProjectCommand(), new CallsCommand())) {
            if (!present.contains(command.getName())) {
                bootstrap.addCommand(command);
            }
        }
        return bootstrap;
    }
}
