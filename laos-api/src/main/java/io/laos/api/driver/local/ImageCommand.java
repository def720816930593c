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
import java.util.Map;
import java.util.Optional;

/**
 * An image with its paths resolved: the program is absolute (so that it does not depend on the
 * function's working directory or on a wrapper's PATH lookup) and so is the working directory.
 */
record ImageCommand(String name, List<String> command, Path workingDirectory,
                    Map<String, String> environment) {

    ImageCommand {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
    }

    /**
     * Resolves a configured image. A program containing "/" resolves against {@code base} (the
     * directory LaOS was started from); a bare name is looked up on {@code searchPath} and kept
     * as is when it is not found there (the start-up check then reports it).
     */
    static ImageCommand resolve(String name, LocalImage image, Path base, Path tempDirectory,
                                String searchPath) {
        List<String> command = new ArrayList<>(image.getCommand());
        String program = command.get(0);
        if (program.contains("/")) {
            command.set(0, base.resolve(program).normalize().toString());
        } else {
            findOnPath(program, searchPath).ifPresent(p -> command.set(0, p.toString()));
        }
        Path workingDirectory = image.getWorkingDirectory() == null ? tempDirectory
                : base.resolve(image.getWorkingDirectory()).normalize();
        return new ImageCommand(name, command, workingDirectory, image.getEnvironment());
    }

    /** What stops this image from running, if anything can be seen before a call. */
    Optional<String> problem() {
        Path program = Path.of(command.get(0));
        if (!program.isAbsolute() || !Files.isRegularFile(program)) {
            return Optional.of("command '" + command.get(0) + "' not found");
        }
        if (!Files.isExecutable(program)) {
            return Optional.of("command '" + program + "' is not executable");
        }
        if (!Files.isDirectory(workingDirectory)) {
            return Optional.of("working directory '" + workingDirectory + "' does not exist");
        }
        return Optional.empty();
    }

    private static Optional<Path> findOnPath(String program, String searchPath) {
        for (String dir : searchPath.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
            if (candidate.isAbsolute() && Files.isRegularFile(candidate)
                    && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
