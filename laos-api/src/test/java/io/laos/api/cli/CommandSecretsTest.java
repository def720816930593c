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

import io.laos.api.testing.FakeIronFunctions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No command prints the config's secrets (database password, Keystone service password, the
 * engine's JWT key), on success or failure, on its own output or through the logs.
 */
class CommandSecretsTest {
    private static final String DB_PASSWORD = "Db-Pa55-Secret-1";
    private static final String SERVICE_PASSWORD = "Ks-Pa55-Secret-2";
    private static final String JWT_KEY = "Jwt-Key-Secret-3";

    @Test
    void secretsNeverAppearInAnyOutput() {
        FakeIronFunctions stopped = FakeIronFunctions.start();
        stopped.close();
        CommandHarness cli = new CommandHarness().dbPassword(DB_PASSWORD).logLevel("DEBUG")
                .auth(CheckCommandTest.keystone("http://127.0.0.1:1/v3", SERVICE_PASSWORD))
                .driver("driver:\n  type: ironfunctions\n  url: " + stopped.url()
                        + "\n  jwtAuthKey: " + JWT_KEY + "\n");
        cli.migratedRows().app("p1", "web");
        // The harness captures the commands' output and the logs (at DEBUG) alike.
        List<String> outputs = new ArrayList<>();
        outputs.add(cli.runWithConfig("check").all());
        outputs.add(cli.runWithConfig("apps", "list").all());
        outputs.add(cli.runWithConfig("reconcile", "--dry-run").all());
        outputs.add(cli.runWithConfig("purge-project", "p1", "--yes").all());
        outputs.add(cli.brokenDatabase("jdbc:h2:tcp://127.0.0.1:1/x;password="
                + DB_PASSWORD).runWithConfig("apps", "list").all());

        assertThat(outputs.get(0)).contains("FAIL  engine", "FAIL  keystone");
        assertThat(outputs.get(4)).contains("apps: error:");
        for (String output : outputs) {
            assertThat(output).doesNotContain(DB_PASSWORD, SERVICE_PASSWORD, JWT_KEY);
        }
    }
}
