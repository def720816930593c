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
package io.laos.cli.parse;

import io.laos.cli.CommandSpec;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sourceforge.argparse4j.ArgumentParsers;
import net.sourceforge.argparse4j.inf.ArgumentParser;
import net.sourceforge.argparse4j.inf.Subparser;
import net.sourceforge.argparse4j.inf.Subparsers;

/**
 * Builds the parser of the whole command line from the commands: {@code laos [global
 * options] <object> <action> [options]} (or {@code laos run ...}, one word), each command with
 * its own {@code --help}. The chosen command is the {@code spec} attribute of the result.
 */
public final class CommandLine {
    /** The attribute the parsed command's {@link CommandSpec} is stored under. */
    public static final String SPEC = "spec";
    private static final String DESCRIPTION = "The LaOS client: apps, routes, runs, calls and"
            + " usage of Lambdas on OpenStack. It authenticates like the OpenStack client"
            + " (clouds.yaml, OS_* variables, --os-* options).";

    private CommandLine() {
    }

    /** The parser; help goes to {@code out}, formatted {@code width} columns wide. */
    public static ArgumentParser parser(List<CommandSpec> specs, PrintStream out, int width) {
        ArgumentParser root = ArgumentParsers.newFor("laos").addHelp(false)
                .defaultFormatWidth(width).terminalWidthDetection(false).build()
                .usage("laos [global options] <command> [options] [arguments]")
                .description(DESCRIPTION);
        root.addArgument("-h", "--help").action(new HelpAction(out, commandList(specs)))
                .help("show this help (and every command) and exit");
        GlobalOptions.add(root, false);
        Subparsers commands = root.addSubparsers().dest("command").metavar("<command>");
        Map<String, Subparsers> objects = new LinkedHashMap<>();
        for (CommandSpec spec : specs) {
            String[] words = spec.name().split(" ");
            Subparsers parent = commands;
            if (words.length == 2) {
                parent = objects.computeIfAbsent(words[0],
                        noun -> object(commands, noun, specs, out));
            }
            Subparser leaf = parent.addParser(words[words.length - 1], false).help(spec.help())
                    .description(spec.help());
            leaf.addArgument("-h", "--help").action(new HelpAction(out, ""))
                    .help("show this help and exit");
            spec.arguments().accept(leaf);
            GlobalOptions.add(leaf, true);
            leaf.setDefault(SPEC, spec);
        }
        return root;
    }

    /** Every command with its one-line help, for {@code laos --help}. */
    public static String commandList(List<CommandSpec> specs) {
        int width = specs.stream().mapToInt(s -> s.name().length()).max().orElse(0);
        StringBuilder out = new StringBuilder("\ncommands:\n");
        for (CommandSpec spec : specs) {
            out.append("  ").append(spec.name())
                    .append(" ".repeat(width - spec.name().length() + 2))
                    .append(spec.help()).append('\n');
        }
        return out.append("\nRun 'laos <command> --help' for the options of a command.\n")
                .toString();
    }

    /** The parser of an object ({@code app}), whose sub-commands are its actions. */
    private static Subparsers object(Subparsers commands, String noun, List<CommandSpec> specs,
                                     PrintStream out) {
        List<String> actions = specs.stream().map(s -> s.name().split(" "))
                .filter(w -> w.length == 2 && w[0].equals(noun)).map(w -> w[1]).toList();
        String help = noun + " commands: " + String.join(", ", actions);
        Subparser parser = commands.addParser(noun, false).help(help).description(help);
        parser.addArgument("-h", "--help").action(new HelpAction(out, ""))
                .help("show this help and exit");
        return parser.addSubparsers().dest(noun + "_action").metavar("<action>");
    }
}
