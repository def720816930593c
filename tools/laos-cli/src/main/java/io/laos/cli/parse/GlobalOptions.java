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

import io.laos.cli.config.Key;
import io.laos.cli.config.Settings;
import java.util.EnumMap;
import java.util.Map;
import net.sourceforge.argparse4j.impl.Arguments;
import net.sourceforge.argparse4j.inf.Argument;
import net.sourceforge.argparse4j.inf.ArgumentContainer;
import net.sourceforge.argparse4j.inf.ArgumentParser;
import net.sourceforge.argparse4j.inf.Namespace;

/**
 * The options every command takes: {@code --os-cloud}, the {@code --os-*} settings,
 * {@code --noauth} and {@code --debug}. They are accepted before the command (as the
 * OpenStack client documents) and after it (as it also accepts): each command's parser has
 * hidden copies under other names, because a sub-parser's defaults would otherwise overwrite
 * what was given before the command.
 */
public final class GlobalOptions {
    private static final String LATE = "late_";

    private GlobalOptions() {
    }

    /** Adds the options to the main parser (shown) or to a command's parser (hidden). */
    static void add(ArgumentParser parser, boolean hidden) {
        String prefix = hidden ? LATE : "";
        ArgumentContainer auth = hidden ? parser
                : parser.addArgumentGroup("authentication and endpoint");
        option(auth.addArgument("--os-cloud").dest(prefix + "os_cloud").metavar("NAME"), hidden,
                "the cloud of clouds.yaml to use (env OS_CLOUD)");
        for (Key key : Key.values()) {
            option(auth.addArgument(key.option()).dest(prefix + key.dest())
                    .metavar(key.metavar()), hidden, key.help());
        }
        option(auth.addArgument("--noauth").dest(prefix + "noauth")
                .action(Arguments.storeTrue()), hidden, "send no token: for a development"
                + " server (default endpoint http://127.0.0.1:10001, project demo)");
        option(parser.addArgument("--debug").dest(prefix + "debug")
                .action(Arguments.storeTrue()), hidden, "print every request and response"
                + " on stderr (secrets masked)");
    }

    private static void option(Argument argument, boolean hidden, String help) {
        if (hidden) {
            argument.help(Arguments.SUPPRESS);
        } else {
            argument.help(help);
        }
    }

    /** The {@code --os-*} settings given; {@code --noauth} is {@code auth_type: none}. */
    public static Settings settings(Namespace args) {
        Map<Key, String> values = new EnumMap<>(Key.class);
        for (Key key : Key.values()) {
            values.put(key, string(args, key.dest()));
        }
        if (flag(args, "noauth")) {
            values.put(Key.AUTH_TYPE, "none");
        }
        return Settings.of(values, key -> key == Key.AUTH_TYPE && flag(args, "noauth")
                ? "--noauth" : key.option());
    }

    public static String cloud(Namespace args) {
        return string(args, "os_cloud");
    }

    public static boolean debug(Namespace args) {
        return flag(args, "debug");
    }

    /** The value given after the command, else the one given before it. */
    private static String string(Namespace args, String dest) {
        String late = args.getString(LATE + dest);
        return late != null ? late : args.getString(dest);
    }

    private static boolean flag(Namespace args, String dest) {
        return Boolean.TRUE.equals(args.getBoolean(dest))
                || Boolean.TRUE.equals(args.getBoolean(LATE + dest));
    }
}
