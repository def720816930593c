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

import io.laos.cli.CommandSpec;
import java.util.ArrayList;
import java.util.List;

/** Every command of the client, in the order {@code laos --help} lists them. */
public final class Commands {
    private Commands() {
    }

    public static List<CommandSpec> all() {
        List<CommandSpec> all = new ArrayList<>();
        all.addAll(AppCommands.all());
        all.addAll(RouteCommands.all());
        all.add(RunCommand.spec());
        all.addAll(CallCommands.all());
        all.add(UsageCommand.spec());
        return List.copyOf(all);
    }
}
