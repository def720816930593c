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

import io.laos.api.reconcile.ProjectCallPurger;
import io.laos.api.reconcile.PurgeReport;
import io.laos.api.reconcile.PurgeService;
import io.laos.db.dao.CallRetentionDao;
import java.io.PrintStream;
import net.sourceforge.argparse4j.impl.Arguments;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/**
 * {@code purge-project PROJECT_ID [--yes] CONFIG}: deletes every app, route and call record of
 * a project, engine side included (for after the project was deleted in Keystone). Without
 * {@code --yes} it only shows what it would delete, and exits non-zero (nothing was done).
 */
public class PurgeProjectCommand extends LaosCommand {

    public PurgeProjectCommand() {
        this(null, null);
    }

    public PurgeProjectCommand(PrintStream out, PrintStream err) {
        super("purge-project", "Delete everything of a project (apps, routes, call records)",
                out, err);
    }

    @Override
    public void configure(Subparser subparser) {
        // An epilog: Dropwizard replaces the description with the short one after configure().
        subparser.epilog("Deletes every app and route of a project, on the engine and in"
                + " the database (one unit at a time, as the API deletes them), and its call"
                + " records. Meant for projects already deleted in Keystone. Without --yes,"
                + " prints what would be deleted and changes nothing.");
        subparser.addArgument("project").metavar("PROJECT_ID")
                .help("the Keystone project id whose apps, routes and calls are deleted");
        super.configure(subparser);
        subparser.addArgument("--yes").action(Arguments.storeTrue())
                .help("really delete (otherwise only show what would be deleted)");
    }

    @Override
    protected String execute(AdminContext context, Namespace namespace, Console console)
            throws Exception {
        String project = namespace.getString("project");
        boolean confirmed = namespace.getBoolean("yes");
        ProjectCallPurger calls = new ProjectCallPurger(context.inventory(),
                context.dao(CallRetentionDao.class));
        PurgeService purge = new PurgeService(context.inventory(), context.routes(),
                confirmed ? context.unitDeleter() : null, calls);
        PurgeReport report = purge.purge(project, !confirmed);
        print(report, console);
        if (!confirmed) {
            return report.apps().isEmpty() && report.calls() == 0 ? null
                    : "nothing was deleted: add --yes to delete the above";
        }
        return report.ok() ? null : "some apps could not be deleted (see above); run the"
                + " command again, or 'reconcile', once the engine answers";
    }

    private static void print(PurgeReport report, Console console) {
        if (report.apps().isEmpty() && report.calls() == 0) {
            console.println("Project " + report.projectId() + " has no apps and no call records.");
            return;
        }
        String verb = report.dryRun() ? "would delete" : "deleted";
        for (PurgeReport.AppResult app : report.apps()) {
            if (app.error() == null) {
                console.printf("%s app %s (engine app %s, %s) with %d route(s)%n", verb,
                        app.name(), app.engineName(), app.state(), app.routes());
            } else {
                console.printf("FAILED to delete app %s (engine app %s): %s%n", app.name(),
                        app.engineName(), app.error());
            }
        }
        console.printf("%s %d call record(s)%n", verb, report.calls());
        long failed = report.apps().stream().filter(a -> a.error() != null).count();
        console.printf("Project %s: %d app(s), %d route(s), %d call record(s)%s%s%n",
                report.projectId(), report.apps().size(), report.routes(), report.calls(),
                failed > 0 ? ", " + failed + " app(s) FAILED" : "",
                report.dryRun() ? " (dry run: nothing was deleted; add --yes)" : "");
    }
}
