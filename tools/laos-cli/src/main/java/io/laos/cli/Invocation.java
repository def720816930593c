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

import io.laos.cli.auth.Connector;
import io.laos.cli.config.Credentials;
import io.laos.cli.http.ApiClient;
import io.laos.cli.http.Http;
import io.laos.cli.output.OutputOptions;
import io.laos.cli.output.Printer;
import io.laos.cli.parse.GlobalOptions;
import net.sourceforge.argparse4j.inf.Namespace;

/**
 * One run of one command: its arguments, the streams, the host, and the LaOS API, which is
 * connected to (authenticating if need be) only when the command first uses it.
 */
public final class Invocation {
    private final Namespace args;
    private final Console console;
    private final Host host;
    private final Http http;
    private ApiClient api;

    public Invocation(Namespace args, Console console, Host host, Http http) {
        this.args = args;
        this.console = console;
        this.host = host;
        this.http = http;
    }

    public Namespace args() {
        return args;
    }

    public Console console() {
        return console;
    }

    public Host host() {
        return host;
    }

    /** The API of the project the settings name; authenticates on first use. */
    public ApiClient api() {
        if (api == null) {
            Credentials credentials = Credentials.resolve(GlobalOptions.settings(args),
                    GlobalOptions.cloud(args), host);
            api = new ApiClient(http, new Connector(http).connect(credentials));
        }
        return api;
    }

    /** A printer for the command's {@code -f}/{@code -c} options, on standard output. */
    public Printer printer() {
        return new Printer(OutputOptions.from(args, host), console.out());
    }
}
