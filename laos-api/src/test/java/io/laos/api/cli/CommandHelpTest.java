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

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandHelpTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "apps list|--project",
        "reconcile|--dry-run",
        "purge-project|--yes",
        "check|Keystone",
        "calls prune|--older-than"})
    void everyCommandExplainsItself(String command, String mentions) {
        String[] words = (command + " --help").split(" ");

        CommandHarness.Result result = new CommandHarness().run(words);

        assertThat(result.ok()).isTrue();
        assertThat(result.out()).contains("usage: java -jar ", mentions, "file");
    }
}
