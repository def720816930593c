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

import io.laos.api.reconcile.Drift;
import io.laos.api.reconcile.Finding;
import io.laos.api.reconcile.Finding.Outcome;
import io.laos.api.reconcile.ReconcileOptions;
import io.laos.api.reconcile.ReconcileReport;

/**
 * Prints a reconcile report: one line per finding, greppable by its first two words, then a
 * summary.
 *
 * <pre>
 * DRY-RUN   route-missing   project=p1 app=web route=/hello: the engine does not have it;
 *           would create the route on the engine
 * </pre>
 * (one line in reality).
 */
final class ReconcilePrinter {
    private final Console console;

    ReconcilePrinter(Console console) {
        this.console = console;
    }

    void print(ReconcileReport report, ReconcileOptions options) {
        for (Finding finding : report.findings()) {
            console.println(line(finding));
        }
        if (report.inProgress() > 0) {
            console.printf("%d row(s) 'creating' for less than %s left alone (creates in"
                    + " flight)%n", report.inProgress(), options.grace());
        }
        if (report.inSync()) {
            console.println("In sync: the database and the engine agree.");
            return;
        }
        console.printf("%d finding(s): %d repaired, %d failed, %d would be repaired,"
                        + " %d reported only%s%n", report.findings().size(),
                report.count(Outcome.REPAIRED), report.count(Outcome.FAILED),
                report.count(Outcome.WOULD_REPAIR), report.count(Outcome.REPORTED),
                options.dryRun() ? " (dry run: nothing was changed)" : "");
    }

    static String line(Finding finding) {
        Drift d = finding.drift();
        String where = d.project() == null ? "engine-app=" + d.app()
                : "project=" + d.project() + " app=" + d.app()
                + (d.route() == null ? "" : " route=" + d.route());
        String status = switch (finding.outcome()) {
            case WOULD_REPAIR -> "DRY-RUN";
            case REPAIRED -> "REPAIRED";
            case FAILED -> "FAILED";
            case REPORTED -> "REPORTED";
        };
        String action = switch (finding.outcome()) {
            case WOULD_REPAIR -> "would " + d.kind().repair();
            case REPAIRED -> "done: " + d.kind().repair();
            case FAILED -> "could not " + d.kind().repair() + ": " + finding.error();
            case REPORTED -> "left alone (--delete-unowned would "
                    + d.kind().repair() + ")";
        };
        return String.format("%-9s %-18s %s: %s; %s", status, d.kind().label(), where,
                d.detail(), action);
    }
}
