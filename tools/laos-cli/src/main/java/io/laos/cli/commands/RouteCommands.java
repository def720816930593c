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
import io.laos.cli.CliException;
import io.laos.cli.CommandSpec;
import io.laos.cli.Invocation;
import io.laos.cli.LaosCli;
import io.laos.cli.http.UrlPaths;
import io.laos.cli.output.Column;
import io.laos.cli.output.OutputOptions;
import java.util.List;
import java.util.Map;
import net.sourceforge.argparse4j.inf.ArgumentParser;
import net.sourceforge.argparse4j.inf.Namespace;

/** {@code laos route list|create|show|update|delete APP [PATH]}. */
final class RouteCommands {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Column> COLUMNS = List.of(Column.of("Path", "path"),
            Column.of("Image", "image"), Column.of("Type", "type"),
            Column.of("Public", "is_public"), Column.longOnly("Format", "format"),
            Column.longOnly("Memory", "memory"), Column.longOnly("Timeout", "timeout"),
            Column.longOnly("Idle Timeout", "idle_timeout"),
            Column.longOnly("Max Concurrency", "max_concurrency"),
            Column.longOnly("Headers", "headers"), Column.longOnly("Config", "config"),
            Column.longOnly("ID", "id"), Column.longOnly("Updated At", "updated_at"));

    private RouteCommands() {
    }

    static List<CommandSpec> all() {
        return List.of(
                new CommandSpec("route list", "List the routes of an app", p -> {
                    app(p);
                    ListOptions.add(p);
                }, RouteCommands::list),
                new CommandSpec("route create", "Create a route: a function at a path of an app",
                        p -> {
                            appAndPath(p);
                            RouteFields.add(p, false);
                            OutputOptions.add(p, false);
                        }, RouteCommands::create),
                new CommandSpec("route show", "Show a route", p -> {
                    appAndPath(p);
                    OutputOptions.add(p);
                }, in -> show(in, in.api().get(route(in.args()), Map.of()))),
                new CommandSpec("route update", "Change a route's fields", p -> {
                    appAndPath(p);
                    RouteFields.add(p, true);
                    OutputOptions.add(p, false);
                }, RouteCommands::update),
                new CommandSpec("route delete", "Delete routes of an app", p -> {
                    app(p);
                    p.addArgument("paths").metavar("PATH").nargs("+").help("route path(s)");
                }, RouteCommands::delete));
    }

    private static int list(Invocation in) {
        Namespace a = in.args();
        Integer limit = ListOptions.limit(a);
        in.printer().list(COLUMNS, in.api().list(routes(a), Map.of(), "routes", limit),
                ListOptions.showLong(a));
        return LaosCli.OK;
    }

    private static int delete(Invocation in) {
        String routes = routes(in.args());
        return Deletes.each(in, "route", in.args().getList("paths"), path ->
                in.api().delete(routes + "/" + UrlPaths.routePath(path), Map.of()));
    }

    private static int create(Invocation in) {
        Namespace a = in.args();
        ObjectNode route = JSON.createObjectNode().put("path", a.getString("path"));
        route.setAll(RouteFields.body(a));
        if (RouteFields.headersChanged(a)) {
            route.set("headers", RouteFields.headers(a, null));
        }
        return show(in, in.api().post(routes(a), envelope(route)));
    }

    private static int update(Invocation in) {
        Namespace a = in.args();
        ObjectNode route = RouteFields.body(a);
        if (RouteFields.headersChanged(a)) {
            JsonNode current = in.api().get(route(a), Map.of()).path("route").path("headers");
            route.set("headers", RouteFields.headers(a, current));
        }
        if (route.isEmpty()) {
            throw CliException.usage("Nothing to change: give at least one field option"
                    + " (see laos route update --help)");
        }
        return show(in, in.api().patch(route(a), envelope(route)));
    }

    private static void app(ArgumentParser p) {
        p.addArgument("app").metavar("APP").help("app name");
    }

    private static void appAndPath(ArgumentParser p) {
        app(p);
        p.addArgument("path").metavar("PATH").help("route path, e.g. /hello");
    }

    private static String routes(Namespace a) {
        return "/apps/" + UrlPaths.segment(a.getString("app")) + "/routes";
    }

    private static String route(Namespace a) {
        return routes(a) + "/" + UrlPaths.routePath(a.getString("path"));
    }

    private static ObjectNode envelope(ObjectNode route) {
        ObjectNode body = JSON.createObjectNode();
        body.set("route", route);
        return body;
    }

    private static int show(Invocation in, JsonNode answer) {
        in.printer().show(answer.path("route"));
        return LaosCli.OK;
    }
}
