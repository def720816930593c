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
package io.laos.cli.commands;

import io.laos.cli.CliException;
import io.laos.cli.CommandSpec;
import io.laos.cli.Invocation;
import io.laos.cli.LaosCli;
import io.laos.cli.http.ApiException;
import io.laos.cli.http.ErrorBodies;
import io.laos.cli.http.UrlPaths;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import net.sourceforge.argparse4j.impl.Arguments;
import net.sourceforge.argparse4j.inf.ArgumentParser;
import net.sourceforge.argparse4j.inf.MutuallyExclusiveGroup;
import net.sourceforge.argparse4j.inf.Namespace;

/**
 * {@code laos run APP ROUTE}: runs a route and copies the function's answer to stdout byte
 * for byte, as it arrives. An async run's answer is its call id (one line): a route of type
 * async, or any route with {@code --async} (sent as {@code Prefer: respond-async}). A failed run
 * (HTTP 400 or more) prints the error on stderr and exits 1.
 */
final class RunCommand {
    private static final int MAX_ERROR_BODY = 1 << 20;

    private RunCommand() {
    }

    static CommandSpec spec() {
        return new CommandSpec("run", "Run a route and print the function's output",
                RunCommand::arguments, RunCommand::run);
    }

    private static void arguments(ArgumentParser p) {
        p.addArgument("app").metavar("APP").help("app name");
        p.addArgument("route").metavar("ROUTE").help("route path, e.g. /hello");
        MutuallyExclusiveGroup body = p.addMutuallyExclusiveGroup();
        body.addArgument("--data").dest("data").metavar("STRING")
                .help("the request body (default: standard input unless it is a terminal)");
        body.addArgument("--file").dest("file").metavar("PATH")
                .help("send this file as the request body ('-' for standard input)");
        p.addArgument("--method").dest("method").metavar("METHOD")
                .help("HTTP method (default: POST with a body, GET without)");
        p.addArgument("--header").dest("header").metavar("NAME:VALUE")
                .action(Arguments.append()).help("a request header (repeat for more)");
        p.addArgument("--async").dest("async").action(Arguments.storeTrue())
                .help("run it async whatever the route's type (Prefer: respond-async):"
                        + " print only its call id");
    }

    private static int run(Invocation in) throws IOException {
        Namespace a = in.args();
        RunBody body = RunBody.from(a, in.console().in());
        String method = a.getString("method") != null
                ? a.getString("method").toUpperCase(Locale.ROOT) : body.present() ? "POST" : "GET";
        URI uri = URI.create(in.api().target().runBase() + "/"
                + UrlPaths.segment(a.getString("app")) + "/"
                + UrlPaths.routePath(a.getString("route")));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).method(method, body.publisher());
        KeyValues.headers(a.getList("header")).forEach((name, values) ->
                values.forEach(value -> request.header(name, value)));
        boolean async = Boolean.TRUE.equals(a.getBoolean("async"));
        if (async) {
            request.header("Prefer", "respond-async");
        }
        HttpResponse<InputStream> response = in.api().run(request, body.description());
        try (InputStream answer = response.body()) {
            if (response.statusCode() >= 400) {
                throw failure(response, answer.readNBytes(MAX_ERROR_BODY), in);
            }
            if (response.statusCode() == 202) {
                String callId = ErrorBodies.parse(answer.readAllBytes()).path("call_id").asText();
                in.console().out().println(callId);
                return LaosCli.OK;
            }
            if (async) {
                // A LaOS from before Prefer: respond-async ran it sync.
                in.console().err().println("Warning: the server ran the route synchronously"
                        + " (laos route update APP ROUTE --type async makes it async)");
            }
            answer.transferTo(in.console().out());
            in.console().out().flush();
            return LaosCli.OK;
        }
    }

    /**
     * The error of a failed run. An error body (LaOS's, or the engine's) gives the message;
     * anything else is the function's own answer, which still goes to stdout.
     */
    private static ApiException failure(HttpResponse<InputStream> response, byte[] body,
                                        Invocation in) {
        ApiException e = ErrorBodies.from(response.statusCode(), response.headers(), body);
        if (ErrorBodies.parse(body).path("error").isMissingNode()) {
            in.console().out().write(body, 0, body.length);
            in.console().out().flush();
            return new ApiException("The run failed", e.status(), e.requestId());
        }
        return e;
    }

    /** Where the request body comes from: --data, --file, standard input, or nowhere. */
    private record RunBody(HttpRequest.BodyPublisher publisher, String description,
                           boolean present) {

        static RunBody from(Namespace a, InputStream stdin) {
            String data = a.getString("data");
            String file = a.getString("file");
            if (data != null) {
                return new RunBody(HttpRequest.BodyPublishers.ofString(data,
                        StandardCharsets.UTF_8), "(--data, "
                        + data.getBytes(StandardCharsets.UTF_8).length + " bytes)", true);
            }
            if (file != null && !file.equals("-")) {
                Path path = Path.of(file);
                if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
                    throw new CliException("Cannot read " + file);
                }
                try {
                    return new RunBody(HttpRequest.BodyPublishers.ofFile(path),
                            "(--file " + file + ")", true);
                } catch (IOException e) {
                    throw new CliException("Cannot read " + file + ": " + e.getMessage());
                }
            }
            if (stdin != null) {
                return new RunBody(HttpRequest.BodyPublishers.ofInputStream(() -> stdin),
                        "(standard input)", true);
            }
            if (file != null) {
                throw new CliException("--file - reads standard input, but it is a terminal");
            }
            return new RunBody(HttpRequest.BodyPublishers.noBody(), null, false);
        }
    }
}
