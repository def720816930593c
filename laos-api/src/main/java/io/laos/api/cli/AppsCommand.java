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

import io.laos.api.reconcile.InventoryDao.AppSummary;
import java.io.PrintStream;
import java.util.List;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/**
 * {@code apps list [--project PROJECT_ID] CONFIG}: every app of the cloud (or of one project)
 * in every state, with its engine name and route count. Reads the database only.
 */
public class AppsCommand extends LaosCommand {

    public AppsCommand() {
        this(null, null);
    }

    public AppsCommand(PrintStream out, PrintStream err) {
        super("apps", "Inspect the apps of every project (database only)", out, err);
    }

    @Override
    public void configure(Subparser subparser) {
        Subparser list = subparser.addSubparsers().dest("apps_command").addParser("list")
                .help("list apps with their route counts")
                .description("Lists the apps of all projects (or of one) with their state,"
                        + " engine-side name and number of routes. Reads the database only;"
                        + " rows not 'active' are writes in flight or left by a crash (see"
                        + " 'reconcile').");
        super.configure(list);
        list.addArgument("--project").metavar("PROJECT_ID")
                .help("only this project's apps (default: all projects)");
    }

    @Override
    protected String execute(AdminContext context, Namespace namespace, Console console)
            throws Exception {
        List<AppSummary> apps = context.inventory().summaries(namespace.getString("project"));
        if (apps.isEmpty()) {
            console.println("No apps.");
            return null;
        }
        Table table = new Table("PROJECT", "APP", "STATE", "ROUTES", "ENGINE APP");
        for (AppSummary app : apps) {
            table.row(app.projectId(), app.name(), app.state(), app.routes(), app.engineName());
        }
        table.print(console);
        int routes = apps.stream().mapToInt(AppSummary::routes).sum();
        long projects = apps.stream().map(AppSummary::projectId).distinct().count();
        console.printf("%d app(s), %d route(s), %d project(s)%n", apps.size(), routes, projects);
        return null;
    }
}
