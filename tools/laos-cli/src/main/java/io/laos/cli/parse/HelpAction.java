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

import java.io.PrintStream;
import java.util.Map;
import net.sourceforge.argparse4j.helper.HelpScreenException;
import net.sourceforge.argparse4j.inf.Argument;
import net.sourceforge.argparse4j.inf.ArgumentAction;
import net.sourceforge.argparse4j.inf.ArgumentParser;
import net.sourceforge.argparse4j.inf.ArgumentParserException;

/**
 * {@code -h}/{@code --help}: Argparse4j's own help action writes to {@code System.out}; this
 * one writes to the run's standard output (so tests can read it), with an optional footer.
 */
final class HelpAction implements ArgumentAction {
    private final PrintStream out;
    private final String footer;

    HelpAction(PrintStream out, String footer) {
        this.out = out;
        this.footer = footer;
    }

    @Override
    public void run(ArgumentParser parser, Argument arg, Map<String, Object> attrs, String flag,
                    Object value) throws ArgumentParserException {
        out.print(parser.formatHelp());
        out.print(footer);
        out.flush();
        throw new HelpScreenException(parser);
    }

    @Override
    public void onAttach(Argument arg) {
    }

    @Override
    public boolean consumeArgument() {
        return false;
    }
}
