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
package io.laos.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * What the client reads from the machine it runs on: the environment variables, the current
 * and home directories (where {@code clouds.yaml} is searched) and the system-wide OpenStack
 * configuration directory. Tests pass their own, so nothing leaks in from the build machine.
 */
public record Host(Map<String, String> env, Path cwd, Path home, Path systemConfigDir) {
    /** Where OpenStack clients look for system-wide {@code clouds.yaml}. */
    public static final Path SYSTEM_CONFIG_DIR = Path.of("/etc/openstack");
    private static final int DEFAULT_COLUMNS = 80;

    public Host {
        env = Map.copyOf(env);
    }

    /** The real machine: its environment, working directory and home. */
    public static Host of(Map<String, String> env) {
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        return new Host(env, Path.of("").toAbsolutePath(), Path.of(home), SYSTEM_CONFIG_DIR);
    }

    /** A variable's value, or null when it is unset or empty (as shells treat {@code X=}). */
    public String var(String name) {
        String value = env.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    /**
     * The width tables fit into: {@code $COLUMNS} when it is a number (the launcher exports it
     * for a terminal), else 80.
     */
    public int columns() {
        String raw = var("COLUMNS");
        if (raw != null) {
            try {
                int n = Integer.parseInt(raw.trim());
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // not a width: fall through to the default
            }
        }
        return DEFAULT_COLUMNS;
    }
}
