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
import io.laos.api.calls.CallPruner;
import io.laos.db.dao.CallRetentionDao;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/**
 * {@code calls prune --older-than DURATION CONFIG}: deletes finished call records (and their
 * logs) created before now minus DURATION, with the same pruner the server's retention task
 * uses. Queued and running calls are never deleted.
 */
public class CallsCommand extends LaosCommand {
    private final Clock clock;

    public CallsCommand() {
        this(null, null, Clock.systemUTC());
    }

    public CallsCommand(PrintStream out, PrintStream err, Clock clock) {
        super("calls", "Manage call records", out, err);
        this.clock = clock;
    }

    @Override
    public void configure(Subparser subparser) {
        Subparser prune = subparser.addSubparsers().dest("calls_command").addParser("prune")
                .help("delete finished call records older than a duration")
                .description("Deletes the records (and logs) of finished calls created more"
                        + " than DURATION ago, e.g. 30d, 12h, 90m. Queued and running calls"
                        + " are kept. The server also prunes on its own schedule when its"
                        + " config sets a retention.");
        super.configure(prune);
        prune.addArgument("--older-than").dest("older_than").metavar("DURATION").required(true)
                .help("age of the oldest records kept, e.g. 30d, 12h, 90m");
    }

    @Override
    protected String execute(AdminContext context, Namespace namespace, Console console)
            throws Exception {
        Duration age = Duration.parse(namespace.getString("older_than"));
        Instant cutoff = clock.instant().minus(age.toJavaDuration());
        long deleted = new CallPruner(context.dao(CallRetentionDao.class)).prune(cutoff);
        console.printf("Deleted %d finished call record(s) created before %s (older than %s)%n",
                deleted, cutoff, age);
        return null;
    }
}
