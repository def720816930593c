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
import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.laos.api.LaosConfiguration;
import java.io.PrintStream;
import net.sourceforge.argparse4j.inf.Namespace;

/**
 * The base of LaOS's admin commands: builds an {@link AdminContext} from the config, runs the
 * command, closes the context, and turns a failure into a non-zero exit with a one-line
 * message (no stack trace, secrets masked) instead of Dropwizard's printed stack trace.
 */
public abstract class LaosCommand extends ConfiguredCommand<LaosConfiguration> {
    private final PrintStream out;
    private final PrintStream err;

    /**
     * {@code out} and {@code err}: where to print, or null for the process's standard streams
     * as they are when the command runs.
     */
    protected LaosCommand(String name, String description, PrintStream out, PrintStream err) {
        super(name, description);
        this.out = out;
        this.err = err;
    }

    /**
     * Runs the command; prints through {@code console}. Returns the failure summary when the
     * command ran but did not succeed (exit status 1), or null on success.
     */
    protected abstract String execute(AdminContext context, Namespace namespace,
                                      Console console) throws Exception;

    @Override
    protected final void run(Bootstrap<LaosConfiguration> bootstrap, Namespace namespace,
                             LaosConfiguration configuration) throws Exception {
        Console console = new Console(out(), err(), Redactor.of(configuration));
        String failure;
        try (AdminContext context = AdminContext.open(bootstrap, configuration)) {
            failure = execute(context, namespace, console);
        } finally {
            console.flush();
        }
        if (failure != null) {
            throw new CommandFailedException(failure);
        }
    }

    @Override
    public void onError(Cli cli, Namespace namespace, Throwable e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        String prefix = e instanceof CommandFailedException ? "" : "error: ";
        // getConfiguration() is null when the config itself failed to load.
        PrintStream stream = err();
        stream.println(Redactor.of(getConfiguration()).clean(getName() + ": " + prefix + message));
        stream.flush();
    }

    private PrintStream out() {
        return out == null ? System.out : out;
    }

    private PrintStream err() {
        return err == null ? System.err : err;
    }
}
