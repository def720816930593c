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

import io.dropwizard.util.Duration;
import io.laos.api.driver.local.LocalDriverFactory;
import io.laos.api.reconcile.Finding;
import io.laos.api.reconcile.ReconcileOptions;
import io.laos.api.reconcile.ReconcileReport;
import io.laos.api.reconcile.ReconcileService;
import java.io.PrintStream;
import java.time.Clock;
import net.sourceforge.argparse4j.impl.Arguments;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/**
 * {@code reconcile [--dry-run] [--delete-unowned] [--project P] [--grace D] CONFIG}: finds the
 * drift between the database and the engine and repairs it (see {@link ReconcileService}).
 * Exits non-zero when a repair failed.
 */
public class ReconcileCommand extends LaosCommand {

    public ReconcileCommand() {
        this(null, null);
    }

    public ReconcileCommand(PrintStream out, PrintStream err) {
        super("reconcile", "Find and repair drift between the database and the engine", out,
                err);
    }

    @Override
    public void configure(Subparser subparser) {
        // An epilog: Dropwizard replaces the description with the short one after configure().
        subparser.epilog("Compares the database (the source of truth) with the functions"
                + " engine and repairs every drift: apps and routes missing on the engine,"
                + " field differences, engine routes the database does not have, rows left"
                + " 'creating' or 'deleting' by a crash. Engine apps that no LaOS app owns"
                + " are reported, and deleted only with --delete-unowned.");
        super.configure(subparser);
        subparser.addArgument("--dry-run").dest("dry_run").action(Arguments.storeTrue())
                .help("report what would be repaired; change nothing");
        subparser.addArgument("--delete-unowned").dest("delete_unowned")
                .action(Arguments.storeTrue())
                .help("also delete engine apps (and their routes) that no LaOS app owns");
        subparser.addArgument("--project").metavar("PROJECT_ID")
                .help("only this project's apps (unowned engine apps are then not looked for)");
        subparser.addArgument("--grace").metavar("DURATION").setDefault("5m")
                .help("rows 'creating' for less than this are creates still in flight, left"
                        + " alone");
    }

    @Override
    protected String execute(AdminContext context, Namespace namespace, Console console)
            throws Exception {
        // The local engine's state lives inside the server process, out of this command's
        // reach: only the database side (rows left by a crash) can be repaired from here.
        boolean rowsOnly = context.config().getDriver() instanceof LocalDriverFactory;
        if (rowsOnly) {
            console.println("The local engine runs inside the LaOS server: only rows left by a"
                    + " crash are repaired.");
        }
        ReconcileOptions options = new ReconcileOptions(namespace.getBoolean("dry_run"),
                namespace.getBoolean("delete_unowned"), namespace.getString("project"),
                Duration.parse(namespace.getString("grace")).toJavaDuration(), rowsOnly);
        ReconcileService service = new ReconcileService(context.inventory(), context.apps(),
                context.routes(), context.driver(), Clock.systemUTC());
        ReconcileReport report = service.run(options);
        new ReconcilePrinter(console).print(report, options);
        return report.ok() ? null : report.count(Finding.Outcome.FAILED) + " repair(s) failed";
    }
}
