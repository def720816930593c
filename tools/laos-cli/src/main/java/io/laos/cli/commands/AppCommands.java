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
import net.sourceforge.argparse4j.impl.Arguments;
import net.sourceforge.argparse4j.inf.ArgumentParser;
import net.sourceforge.argparse4j.inf.Namespace;

/** {@code laos app list|create|show|update|delete}. */
final class AppCommands {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Column> COLUMNS = List.of(Column.of("Name", "name"),
            Column.of("Description", "description"), Column.of("Created At", "created_at"),
            Column.longOnly("ID", "id"), Column.longOnly("Config", "config"),
            Column.longOnly("Updated At", "updated_at"));

    private AppCommands() {
    }

    static List<CommandSpec> all() {
        return List.of(
                new CommandSpec("app list", "List the apps of the project", ListOptions::add,
                        AppCommands::list),
                new CommandSpec("app create", "Create an app", p -> {
                    name(p);
                    changes(p, false);
                    OutputOptions.add(p);
                }, AppCommands::create),
                new CommandSpec("app show", "Show an app", p -> {
                    name(p);
                    OutputOptions.add(p);
                }, in -> show(in, in.api().get(path(in.args()), Map.of()))),
                new CommandSpec("app update", "Change an app's description or config", p -> {
                    name(p);
                    changes(p, true);
                    OutputOptions.add(p);
                }, AppCommands::update),
                new CommandSpec("app delete", "Delete apps", p -> {
                    p.addArgument("names").metavar("APP").nargs("+").help("app name(s)");
                    p.addArgument("--cascade").dest("cascade").action(Arguments.storeTrue())
                            .help("also delete the app's routes (else an app with routes"
                                    + " is not deleted)");
                }, AppCommands::delete));
    }

    private static int list(Invocation in) {
        Integer limit = ListOptions.limit(in.args());
        in.printer().list(COLUMNS, in.api().list("/apps", Map.of(), "apps", limit),
                ListOptions.showLong(in.args()));
        return LaosCli.OK;
    }

    private static int delete(Invocation in) {
        Map<String, String> query = Boolean.TRUE.equals(in.args().getBoolean("cascade"))
                ? Map.of("cascade", "true") : Map.of();
        return Deletes.each(in, "app", in.args().getList("names"),
                name -> in.api().delete("/apps/" + UrlPaths.segment(name), query));
    }

    private static int create(Invocation in) {
        ObjectNode app = JSON.createObjectNode().put("name", in.args().getString("name"));
        String description = in.args().getString("description");
        if (description != null) {
            app.put("description", description);
        }
        Map<String, String> config = KeyValues.config(in.args().getList("config"));
        if (!config.isEmpty()) {
            app.set("config", JSON.valueToTree(config));
        }
        return show(in, in.api().post("/apps", envelope(app)));
    }

    private static int update(Invocation in) {
        Namespace a = in.args();
        ObjectNode app = JSON.createObjectNode();
        if (a.getString("description") != null) {
            app.put("description", a.getString("description"));
        }
        ObjectNode config = JSON.valueToTree(KeyValues.config(a.getList("config")));
        List<String> unset = a.getList("unset_config");
        // The API merges config: an empty value deletes a key.
        (unset == null ? List.<String>of() : unset).forEach(key -> config.put(key, ""));
        if (!config.isEmpty()) {
            app.set("config", config);
        }
        if (app.isEmpty()) {
            throw CliException.usage("Nothing to change: give --description, --config or"
                    + " --unset-config");
        }
        return show(in, in.api().patch(path(a), envelope(app)));
    }

    private static void name(ArgumentParser p) {
        p.addArgument("name").metavar("APP").help("app name");
    }

    private static void changes(ArgumentParser p, boolean update) {
        p.addArgument("--description").dest("description").metavar("TEXT")
                .help("what the app is for");
        p.addArgument("--config").dest("config").metavar("KEY=VALUE").action(Arguments.append())
                .help("a config value passed to the app's functions (repeat for more)");
        if (update) {
            p.addArgument("--unset-config").dest("unset_config").metavar("KEY")
                    .action(Arguments.append()).help("remove a config key (repeat for more)");
        }
    }

    private static String path(Namespace a) {
        return "/apps/" + UrlPaths.segment(a.getString("name"));
    }

    private static ObjectNode envelope(ObjectNode app) {
        ObjectNode body = JSON.createObjectNode();
        body.set("app", app);
        return body;
    }

    private static int show(Invocation in, JsonNode answer) {
        in.printer().show(answer.path("app"));
        return LaosCli.OK;
    }
}
