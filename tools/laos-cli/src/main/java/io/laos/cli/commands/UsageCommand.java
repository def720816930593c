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
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.laos.cli.CommandSpec;
import io.laos.cli.Invocation;
import io.laos.cli.LaosCli;
import io.laos.cli.output.Column;
import io.laos.cli.output.OutputFormat;
import io.laos.cli.output.OutputOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sourceforge.argparse4j.impl.Arguments;
import net.sourceforge.argparse4j.inf.ArgumentParser;
import net.sourceforge.argparse4j.inf.Namespace;

/**
 * {@code laos usage}: calls and execution time per route over a window (the server's default:
 * the last 30 days), or the project's totals with {@code --total}.
 */
final class UsageCommand {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Column> COLUMNS = List.of(Column.of("App", "app_name"),
            Column.of("Path", "path"), Column.of("Calls", "calls.total"),
            Column.of("Success", "calls.success"), Column.of("Error", "calls.error"),
            Column.of("Timeout", "calls.timeout"),
            Column.of("Duration (ms)", "duration_ms.total"),
            Column.longOnly("P50 (ms)", "duration_ms.p50"),
            Column.longOnly("P99 (ms)", "duration_ms.p99"),
            Column.of("Memory (MiB s)", "memory_mib_seconds"),
            Column.longOnly("Queued", "calls.queued"), Column.longOnly("Running", "calls.running"));

    private UsageCommand() {
    }

    static CommandSpec spec() {
        return new CommandSpec("usage", "Show the project's usage: calls and execution time",
                UsageCommand::arguments, UsageCommand::run);
    }

    private static void arguments(ArgumentParser p) {
        p.addArgument("--since").dest("since").metavar("TIME")
                .help("start of the window, inclusive (ISO-8601; default: 30 days before"
                        + " --until)");
        p.addArgument("--until").dest("until").metavar("TIME")
                .help("end of the window, exclusive (default: now)");
        p.addArgument("--total").dest("total").action(Arguments.storeTrue())
                .help("show the project's totals instead of one row per route");
        p.addArgument("--long").dest("long").action(Arguments.storeTrue())
                .help("show more columns");
        OutputOptions.add(p);
    }

    private static int run(Invocation in) {
        Namespace a = in.args();
        Map<String, String> query = new LinkedHashMap<>();
        query.put("since", a.getString("since"));
        query.put("until", a.getString("until"));
        JsonNode usage = in.api().get("/usage", query).path("usage");
        if (Boolean.TRUE.equals(a.getBoolean("total"))) {
            in.printer().show(totals(usage));
            return LaosCli.OK;
        }
        if (OutputOptions.from(a, in.host()).format() == OutputFormat.TABLE) {
            // As the OpenStack client's usage list does: the window above the table.
            in.console().out().println("Usage from " + usage.path("since").asText() + " to "
                    + usage.path("until").asText() + ":");
        }
        List<JsonNode> routes = new ArrayList<>();
        usage.path("routes").forEach(routes::add);
        in.printer().list(COLUMNS, routes, Boolean.TRUE.equals(a.getBoolean("long")));
        return LaosCli.OK;
    }

    /** The totals as one flat object: the window, then a field per figure. */
    private static JsonNode totals(JsonNode usage) {
        ObjectNode out = JSON.createObjectNode();
        out.set("project_id", usage.path("project_id"));
        out.set("since", usage.path("since"));
        out.set("until", usage.path("until"));
        JsonNode totals = usage.path("totals");
        totals.path("calls").fields().forEachRemaining(e -> out.set(
                e.getKey().equals("total") ? "calls" : e.getKey(), e.getValue()));
        out.set("duration_ms", totals.path("duration_ms"));
        out.set("memory_mib_seconds", totals.path("memory_mib_seconds"));
        return out;
    }
}
