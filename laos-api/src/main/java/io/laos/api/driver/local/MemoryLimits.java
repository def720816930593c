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
package io.laos.api.driver.local;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies a route's {@code memory} (MiB) to its process, as well as the host allows: under
 * {@code prlimit} (util-linux) when it is installed, otherwise through {@code /bin/sh}'s
 * {@code ulimit -v}, otherwise not at all.
 *
 * <p>The limit is on address space (RLIMIT_AS), not on resident memory: it is what an
 * unprivileged process can set without cgroups. A JVM reserves far more address space than it
 * uses (heap, code cache, thread stacks), so a JVM-based function needs a much higher
 * {@code memory} than its heap, or it cannot even start.
 */
final class MemoryLimits {

    /**
     * The shell wrapper: the limit and the argv arrive as positional parameters, so no tenant or
     * operator string is ever parsed as shell code. 125 tells a failed ulimit from the program.
     */
    private static final String ULIMIT_SCRIPT = "ulimit -v \"$1\" || exit 125; shift; exec \"$@\"";

    enum Mode { PRLIMIT, ULIMIT, NONE }

    private final Mode mode;
    private final String tool;

    private MemoryLimits(Mode mode, String tool) {
        this.mode = mode;
        this.tool = tool;
    }

    /** Picks the best way the host offers; {@code searchPath} is where to look for prlimit. */
    static MemoryLimits detect(String searchPath) {
        for (String dir : searchPath.split(File.pathSeparator)) {
            Path prlimit = Path.of(dir.isEmpty() ? "." : dir, "prlimit");
            if (prlimit.isAbsolute() && Files.isRegularFile(prlimit)
                    && Files.isExecutable(prlimit)) {
                return new MemoryLimits(Mode.PRLIMIT, prlimit.toString());
            }
        }
        if (Files.isExecutable(Path.of("/bin/sh"))) {
            return new MemoryLimits(Mode.ULIMIT, "/bin/sh");
        }
        return none();
    }

    static MemoryLimits none() {
        return new MemoryLimits(Mode.NONE, null);
    }

    Mode mode() {
        return mode;
    }

    /** The argv that runs {@code command} within {@code memoryMib}; 0 or less means no limit. */
    List<String> wrap(List<String> command, long memoryMib) {
        if (mode == Mode.NONE || memoryMib <= 0) {
            return command;
        }
        List<String> argv = new ArrayList<>();
        switch (mode) {
            case PRLIMIT -> {
                argv.addAll(List.of(tool, "--as=" + memoryMib * 1024 * 1024, "--"));
            }
            case ULIMIT -> {
                // ulimit -v counts KiB; "laos-limit" becomes $0 in error messages.
                argv.addAll(List.of(tool, "-c", ULIMIT_SCRIPT, "laos-limit",
                        Long.toString(memoryMib * 1024)));
            }
            default -> throw new IllegalStateException(mode.name());
        }
        argv.addAll(command);
        return argv;
    }
}
