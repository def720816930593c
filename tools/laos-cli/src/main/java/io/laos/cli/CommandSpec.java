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

import java.io.IOException;
import java.util.function.Consumer;
import net.sourceforge.argparse4j.inf.ArgumentParser;

/**
 * One command of the client: its words ({@code app list}), its one-line help, the arguments
 * it adds to its parser and what it does. The action answers the exit status.
 */
public record CommandSpec(String name, String help, Consumer<ArgumentParser> arguments,
                          Action action) {

    /** What a command does, given its parsed arguments. */
    @FunctionalInterface
    public interface Action {
        int run(Invocation invocation) throws IOException;
    }
}
