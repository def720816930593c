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
import io.laos.api.testing.FakeKeystone;
import org.junit.jupiter.api.Test;

class CheckCommandTest {
    private final CommandHarness cli = new CommandHarness();

    @Test
    void passesWhenEverythingIsReachableAndCurrent() {
        cli.migratedRows();

        CommandHarness.Result result = cli.runWithConfig("check");

        assertThat(result.ok()).as(result.all()).isTrue();
        assertThat(result.out().lines().map(l -> l.substring(0, 16)).toList()).containsExactly(
                "PASS  config    ", "PASS  policy    ", "PASS  database  ", "PASS  engine    ",
                "WARN  keystone  ");
        assertThat(result.out()).contains("noop engine answers", "noauth trusts every request");
    }

    @Test
    void failsWhenTheSchemaIsNotCurrent() {
        CommandHarness.Result result = cli.runWithConfig("check");

        assertThat(result.ok()).isFalse();
        assertThat(result.out()).contains("FAIL  database  ", "schema change(s) not applied",
                "db migrate");
        assertThat(result.err()).isEqualTo("check: 1 check(s) failed" + System.lineSeparator());
    }

    @Test
    void failsWhenTheEngineDoesNotAnswer() {
        cli.migratedRows();
        FakeIronFunctions engine = FakeIronFunctions.start();
        engine.close();

        CommandHarness.Result result = cli.ironFunctions(engine.url()).runWithConfig("check");

        assertThat(result.ok()).isFalse();
        assertThat(result.out()).contains("FAIL  engine    The functions engine is unreachable");
    }

    @Test
    void logsInToKeystoneAsTheServiceUser() {
        cli.migratedRows();
        try (FakeKeystone keystone = FakeKeystone.start()) {
            CommandHarness.Result good = cli.auth(keystone(keystone.url(),
                    FakeKeystone.SERVICE_PASSWORD)).runWithConfig("check");
            CommandHarness.Result bad = cli.auth(keystone(keystone.url(), "wrong"))
                    .runWithConfig("check");

            assertThat(good.ok()).as(good.all()).isTrue();
            assertThat(good.out()).contains("PASS  keystone  service user laos authenticated at "
                    + keystone.url());
            assertThat(bad.ok()).isFalse();
            assertThat(bad.out()).contains("FAIL  keystone  ").doesNotContain("wrong");
        }
    }

    static String keystone(String url, String password) {
        return "auth:\n  type: keystone\n  url: " + url + "\n  serviceUser:\n    name: laos\n"
                + "    password: \"" + password + "\"\n    project: service\n";
    }
}
