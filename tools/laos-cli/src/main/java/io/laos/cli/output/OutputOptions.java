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
package io.laos.cli.output;

import io.laos.cli.Host;
import java.util.Arrays;
import java.util.List;
import net.sourceforge.argparse4j.impl.Arguments;
import net.sourceforge.argparse4j.inf.ArgumentGroup;
import net.sourceforge.argparse4j.inf.ArgumentParser;
import net.sourceforge.argparse4j.inf.Namespace;

/**
 * The output options of the commands that print objects: {@code -f}, {@code -c},
 * {@code --noindent} and {@code --max-width}, as the OpenStack client has them.
 */
public record OutputOptions(OutputFormat format, List<String> columns, boolean noIndent,
                            int width) {

    /** Adds the options to a command's parser. */
    public static void add(ArgumentParser parser) {
        add(parser, true);
    }

    /**
     * Adds the options; without {@code longFormat} the format is {@code -f} only, for the
     * route commands, whose {@code --format} is the route's own field.
     */
    public static void add(ArgumentParser parser, boolean longFormat) {
        ArgumentGroup group = parser.addArgumentGroup("output formatters");
        String[] names = longFormat ? new String[] {"-f", "--format"} : new String[] {"-f"};
        group.addArgument(names).dest("output_format").metavar("FORMAT")
                .choices(Arrays.stream(OutputFormat.values()).map(OutputFormat::choice)
                        .toList())
                .setDefault(OutputFormat.TABLE.choice())
                .help("the output format: table (default), json, yaml or value"
                        + (longFormat ? "" : " (--format is the route's own field here)"));
        group.addArgument("-c", "--column").dest("columns").metavar("COLUMN")
                .action(Arguments.append())
                .help("show only this column (repeat for more; by heading or field name)");
        group.addArgument("--noindent").dest("noindent").action(Arguments.storeTrue())
                .help("json: no indentation");
        group.addArgument("--max-width").dest("max_width").metavar("N").type(Integer.class)
                .help("table: the widest it may be (default: $COLUMNS, else 80; 0: no limit)");
    }

    /** The options given, with the table width from {@code --max-width} or the terminal. */
    public static OutputOptions from(Namespace args, Host host) {
        List<String> columns = args.getList("columns");
        Integer maxWidth = args.getInt("max_width");
        int width = maxWidth == null ? host.columns()
                : maxWidth <= 0 ? Integer.MAX_VALUE : maxWidth;
        return new OutputOptions(OutputFormat.parse(args.getString("output_format")),
                columns == null ? List.of() : columns, args.getBoolean("noindent"), width);
    }
}
