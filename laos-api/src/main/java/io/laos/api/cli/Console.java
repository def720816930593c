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
package io.laos.api.cli;

import java.io.PrintStream;
import java.util.Locale;

/** Where a command prints: every line goes through the {@link Redactor} first. */
public final class Console {
    private final PrintStream out;
    private final PrintStream err;
    private final Redactor redactor;

    public Console(PrintStream out, PrintStream err, Redactor redactor) {
        this.out = out;
        this.err = err;
        this.redactor = redactor;
    }

    public void println(String line) {
        out.println(redactor.clean(line));
    }

    public void printf(String format, Object... args) {
        out.print(redactor.clean(String.format(Locale.ROOT, format, args)));
    }

    public void error(String line) {
        err.println(redactor.clean(line));
    }

    public void flush() {
        out.flush();
        err.flush();
    }
}
