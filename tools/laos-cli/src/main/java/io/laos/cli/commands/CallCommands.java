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

import com.fasterxml.jackson.databind.JsonNode;
import io.laos.cli.CommandSpec;
import io.laos.cli.Invocation;
import io.laos.cli.LaosCli;
import io.laos.cli.http.UrlPaths;
import io.laos.cli.output.Column;
import io.laos.cli.output.OutputOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sourceforge.argparse4j.inf.ArgumentParser;
import net.sourceforge.argparse4j.inf.Namespace;

/** {@code laos call list|show|log}: the records of the project's runs. */
final class CallCommands {
    private static final List<Column> COLUMNS = List.of(Column.of("ID", "id"),
            Column.of("App", "app_name"), Column.of("Path", "path"),
            Column.of("Status", "status"), Column.of("Created At", "created_at"),
            Column.longOnly("Type", "type"), Column.longOnly("HTTP Status", "http_status"),
            Column.longOnly("Duration (ms)", "duration_ms"),
            Column.longOnly("Started At", "started_at"),
            Column.longOnly("Completed At", "completed_at"),
            Column.longOnly("Memory", "memory"), Column.longOnly("Error", "error"));
    private static final List<String> FILTERS = List.of("app", "route", "status", "since",
            "until");

    private CallCommands() {
    }

    static List<CommandSpec> all() {
        return List.of(
                new CommandSpec("call list", "List the project's calls, newest first",
                        CallCommands::listArguments, CallCommands::list),
                new CommandSpec("call show", "Show a call", p -> {
                    callId(p);
                    OutputOptions.add(p);
                }, in -> {
                    in.printer().show(in.api().get(call(in.args()), Map.of()).path("call"));
                    return LaosCli.OK;
                }),
                new CommandSpec("call log", "Print what a call's function wrote to stderr",
                        CallCommands::callId, CallCommands::log));
    }

    private static void listArguments(ArgumentParser p) {
        p.addArgument("--app").dest("app").metavar("APP").help("only the calls of this app");
        p.addArgument("--route").dest("route").metavar("PATH")
                .help("only the calls of this route path");
        p.addArgument("--status").dest("status")
                .choices("queued", "running", "success", "error", "timeout")
                .help("only the calls in this state");
        p.addArgument("--since").dest("since").metavar("TIME")
                .help("only calls created at or after TIME (ISO-8601, e.g. 2026-11-29 or"
                        + " 2026-11-29T06:40:00Z)");
        p.addArgument("--until").dest("until").metavar("TIME")
                .help("only calls created before TIME");
        ListOptions.add(p);
    }

    private static int list(Invocation in) {
        Namespace a = in.args();
        Integer limit = ListOptions.limit(a);
        Map<String, String> query = new LinkedHashMap<>();
        FILTERS.forEach(name -> query.put(name, a.getString(name)));
        List<JsonNode> calls = in.api().list("/calls", query, "calls", limit);
        in.printer().list(COLUMNS, calls, ListOptions.showLong(a));
        return LaosCli.OK;
    }

    /** The log text as it is; a note on stderr when LaOS kept only its beginning. */
    private static int log(Invocation in) {
        JsonNode log = in.api().get(call(in.args()) + "/log", Map.of()).path("log");
        String text = log.path("text").asText("");
        in.console().out().print(text);
        in.console().out().flush();
        if (log.path("truncated").asBoolean(false)) {
            in.console().err().println("(the log was truncated)");
        }
        return LaosCli.OK;
    }

    private static void callId(ArgumentParser p) {
        p.addArgument("call_id").metavar("CALL_ID").help("call id");
    }

    private static String call(Namespace a) {
        return "/calls/" + UrlPaths.segment(a.getString("call_id"));
    }
}
