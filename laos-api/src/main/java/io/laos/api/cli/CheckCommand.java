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

import java.io.PrintStream;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/**
 * {@code check CONFIG}: loads the config and reaches every dependency (database schema,
 * engine, Keystone), one PASS/FAIL line each; exits non-zero on any FAIL. Run it after an
 * install or an upgrade, like {@code designate-status upgrade check}.
 */
public class CheckCommand extends LaosCommand {

    public CheckCommand() {
        this(null, null);
    }

    public CheckCommand(PrintStream out, PrintStream err) {
        super("check", "Check the config, database schema, engine and Keystone", out, err);
    }

    @Override
    public void configure(Subparser subparser) {
        // An epilog: Dropwizard replaces the description with the short one after configure().
        subparser.epilog("Loads the config, then checks the policy file, the database"
                + " (reachable, schema current), the functions engine (answers) and Keystone"
                + " (the service user can log in). Prints one PASS/WARN/SKIP/FAIL line per"
                + " check and exits non-zero if any check FAILs.");
        super.configure(subparser);
    }

    @Override
    protected String execute(AdminContext context, Namespace namespace, Console console) {
        long failed = 0;
        for (StatusChecks.Result r : new StatusChecks(context).run(namespace.getString("file"))) {
            console.printf("%-4s  %-8s  %s%n", r.status(), r.name(), r.message());
            if (r.status() == StatusChecks.Status.FAIL) {
                failed++;
            }
        }
        return failed == 0 ? null : failed + " check(s) failed";
    }
}
