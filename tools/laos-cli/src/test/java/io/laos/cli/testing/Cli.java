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
package io.laos.cli.testing;

import io.laos.api.testing.LaosTestApp;
import io.laos.cli.Host;
import io.laos.cli.LaosCli;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs the client in-process, as a shell would: with an environment of the test's choosing
 * (nothing of the build machine's), a working directory, a home and a system config
 * directory of its own, and captured streams.
 */
public final class Cli {
    private final Map<String, String> env = new HashMap<>();
    private final Path cwd;
    private final Path home;
    private final Path etc;

    /** A client whose directories are (empty) sub-directories of {@code root}. */
    public Cli(Path root) {
        try {
            cwd = Files.createDirectories(root.resolve("cwd"));
            home = Files.createDirectories(root.resolve("home"));
            etc = Files.createDirectories(root.resolve("etc-openstack"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        env.put("HOME", home.toString());
    }

    /**
     * A client for a noauth LaOS: {@code OS_AUTH_TYPE=none}, the server's URL in
     * {@code LAOS_URL} and the project in {@code OS_PROJECT_ID}, as a developer would set them.
     */
    public static Cli noauth(Path root, LaosTestApp laos, String project) {
        return new Cli(root).env("OS_AUTH_TYPE", "none").env("LAOS_URL", laos.url())
                .env("OS_PROJECT_ID", project);
    }

    public Cli env(String name, String value) {
        env.put(name, value);
        return this;
    }

    public Path cwd() {
        return cwd;
    }

    public Path home() {
        return home;
    }

    public Path etc() {
        return etc;
    }

    /** Runs with no standard input (as from a terminal). */
    public Result run(String... args) {
        return run(null, args);
    }

    /** Runs with {@code stdin} as standard input (as from a pipe); null for a terminal. */
    public Result run(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = LaosCli.run(args, new Host(env, cwd, home, etc),
                stdin == null ? null : new ByteArrayInputStream(stdin), out, err);
        return new Result(status, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    /** What a run printed, and its exit status. */
    public record Result(int status, byte[] stdoutBytes, String stderr) {
        public String stdout() {
            return new String(stdoutBytes, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return "exit " + status + "\n--- stdout\n" + stdout() + "--- stderr\n" + stderr;
        }
    }
}
