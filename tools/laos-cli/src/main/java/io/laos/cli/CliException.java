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

/**
 * A failure the user can act on (a missing setting, an unreadable file, an unreachable
 * server): printed as {@code Error: <message>} without a stack trace.
 */
public class CliException extends RuntimeException {
    private final int exitCode;

    public CliException(String message) {
        this(message, LaosCli.FAILED);
    }

    public CliException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public CliException(String message, Throwable cause) {
        super(message, cause);
        this.exitCode = LaosCli.FAILED;
    }

    /** A mistake in the command line itself: exit status 2, like argument-parsing errors. */
    public static CliException usage(String message) {
        return new CliException(message, LaosCli.USAGE);
    }

    public int exitCode() {
        return exitCode;
    }
}
