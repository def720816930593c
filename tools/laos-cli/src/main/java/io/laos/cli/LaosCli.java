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
package io.laos.cli;

import io.laos.cli.commands.Commands;
import io.laos.cli.http.ApiException;
import io.laos.cli.http.DebugLog;
import io.laos.cli.http.Http;
import io.laos.cli.parse.CommandLine;
import io.laos.cli.parse.GlobalOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import net.sourceforge.argparse4j.helper.HelpScreenException;
import net.sourceforge.argparse4j.inf.ArgumentParser;
import net.sourceforge.argparse4j.inf.ArgumentParserException;
import net.sourceforge.argparse4j.inf.Namespace;

/**
 * The {@code laos} command-line client. {@link #run} does everything but exit, so tests run
 * it in-process; every failure ends as a message on stderr and an exit status: 0 success,
 * 1 a failed request or run, 2 a bad command line.
 */
public final class LaosCli {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private LaosCli() {
    }

    public static void main(String[] args) {
        InputStream stdin = Terminals.stdinIsTerminal() ? null : System.in;
        System.exit(run(args, System.getenv(), stdin, System.out, System.err));
    }

    /**
     * Runs one command line.
     *
     * @param stdin what {@code laos run} may send as the body; null when there is none
     * @return the exit status
     */
    public static int run(String[] args, Map<String, String> env, InputStream stdin,
                          OutputStream stdout, OutputStream stderr) {
        return run(args, Host.of(env), stdin, stdout, stderr);
    }

    /** As {@link #run(String[], Map, InputStream, OutputStream, OutputStream)} on any host. */
    public static int run(String[] args, Host host, InputStream stdin, OutputStream stdout,
                          OutputStream stderr) {
        Console console = Console.of(stdin, stdout, stderr);
        try {
            return execute(args, host, console);
        } catch (RuntimeException e) {
            return fail(console, "unexpected failure: " + e, FAILED); // a bug, but no trace
        } finally {
            console.flush();
        }
    }

    private static int execute(String[] args, Host host, Console console) {
        List<CommandSpec> specs = Commands.all();
        ArgumentParser parser = CommandLine.parser(specs, console.out(), host.columns());
        if (args.length == 0) {
            console.err().print(parser.formatHelp() + CommandLine.commandList(specs));
            return USAGE;
        }
        Namespace parsed;
        try {
            parsed = parser.parseArgs(args);
        } catch (HelpScreenException e) {
            return OK;
        } catch (ArgumentParserException e) {
            // Not handleError: it re-wraps (and justifies) the message to the help width.
            console.err().print(e.getParser().formatUsage());
            console.err().println("laos: error: " + e.getMessage());
            return USAGE;
        }
        boolean debug = GlobalOptions.debug(parsed);
        Http http = new Http(new DebugLog(console.err(), debug));
        CommandSpec spec = parsed.get(CommandLine.SPEC);
        try {
            return spec.action().run(new Invocation(parsed, console, host, http));
        } catch (ApiException e) {
            return fail(console, e.describe(), FAILED);
        } catch (CliException e) {
            return fail(console, e.getMessage(), e.exitCode());
        } catch (IOException | UncheckedIOException e) {
            return fail(console, e.getMessage(), FAILED);
        } catch (RuntimeException e) {
            // A bug: say so plainly; the stack trace only for --debug.
            if (debug) {
                e.printStackTrace(console.err());
            }
            return fail(console, "unexpected failure: " + e, FAILED);
        }
    }

    private static int fail(Console console, String message, int status) {
        console.out().flush();
        console.err().println("Error: " + message);
        return status;
    }
}
