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
import io.laos.cli.output.OutputOptions;
import net.sourceforge.argparse4j.impl.Arguments;
import net.sourceforge.argparse4j.inf.ArgumentParser;
import net.sourceforge.argparse4j.inf.Namespace;

/** The options of every list command: the output options, {@code --long} and {@code --limit}. */
final class ListOptions {
    private ListOptions() {
    }

    static void add(ArgumentParser parser) {
        OutputOptions.add(parser);
        parser.addArgument("--long").dest("long").action(Arguments.storeTrue())
                .help("show more columns");
        parser.addArgument("--limit").dest("limit").metavar("N").type(Integer.class)
                .help("list at most N items (default: all, fetched page by page)");
    }

    static boolean showLong(Namespace args) {
        return Boolean.TRUE.equals(args.getBoolean("long"));
    }

    /** The {@code --limit} given; a limit below 1 is a usage error. */
    static Integer limit(Namespace args) {
        Integer limit = args.getInt("limit");
        if (limit != null && limit < 1) {
            throw CliException.usage("--limit must be at least 1");
        }
        return limit;
    }
}
