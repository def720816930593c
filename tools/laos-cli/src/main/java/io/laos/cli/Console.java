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

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The standard streams of one run of the client. {@code in} is null when there is nothing to
 * read (standard input is a terminal): {@code laos run} then sends no body instead of waiting
 * for the user to type one.
 */
public record Console(InputStream in, PrintStream out, PrintStream err) {

    /** Wraps raw streams; text is written as UTF-8 whatever the platform's default. */
    public static Console of(InputStream in, OutputStream out, OutputStream err) {
        return new Console(in, new PrintStream(out, false, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    public void flush() {
        out.flush();
        err.flush();
    }
}
