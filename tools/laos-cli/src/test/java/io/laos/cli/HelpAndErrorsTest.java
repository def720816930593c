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

import static org.assertj.core.api.Assertions.assertThat;

import io.laos.api.testing.LaosTestApp;
import io.laos.cli.commands.Commands;
import io.laos.cli.testing.Cli;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Help, usage errors and failures that never reach a server. */
class HelpAndErrorsTest {
    @TempDir
    Path tmp;

    @Test
    void helpListsEveryCommandWithItsHelp() {
        Cli.Result r = new Cli(tmp).run("--help");

        assertThat(r.status()).isZero();
        assertThat(r.stdout()).startsWith("usage: laos [global options] <command>")
                .contains("--os-cloud NAME").contains("--noauth").contains("--debug");
        for (CommandSpec spec : Commands.all()) {
            assertThat(r.stdout()).containsPattern("\n  " + spec.name() + " +"
                    + Pattern.quote(spec.help()) + "\n");
        }
    }

    @Test
    void everyCommandHasItsOwnHelp() {
        for (CommandSpec spec : Commands.all()) {
            String[] args = (spec.name() + " --help").split(" ");
            Cli.Result r = new Cli(tmp).run(args);

            assertThat(r.status()).as(spec.name()).isZero();
            assertThat(r.stdout()).as(spec.name()).startsWith("usage: laos " + spec.name())
                    .contains(spec.help()).doesNotContain("--os-auth-url");
        }
        assertThat(new Cli(tmp).run("route", "--help").stdout())
                .contains("list, create, show, update, delete");
    }

    @Test
    void noArgumentsPrintsTheHelpAsAUsageError() {
        Cli.Result r = new Cli(tmp).run();

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.stderr()).startsWith("usage: laos").contains("app list");
    }

    @Test
    void badCommandLinesAreUsageErrors() {
        Cli.Result unknownOption = new Cli(tmp).run("app", "list", "--bogus");
        assertThat(unknownOption.status()).isEqualTo(2);
        assertThat(unknownOption.stderr()).startsWith("usage: laos app list")
                .contains("unrecognized arguments: '--bogus'");

        Cli.Result unknownCommand = new Cli(tmp).run("apps", "list");
        assertThat(unknownCommand.status()).isEqualTo(2);
        assertThat(unknownCommand.stderr()).contains("invalid choice: 'apps'");

        Cli.Result missingArgument = new Cli(tmp).run("app", "show");
        assertThat(missingArgument.status()).isEqualTo(2);
        assertThat(missingArgument.stderr()).contains("too few arguments");

        assertThat(new Cli(tmp).run("app", "list", "--limit", "0").status()).isEqualTo(2);
    }

    @Test
    void missingCredentialsAreExplained() {
        Cli.Result r = new Cli(tmp).run("app", "list");

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.stderr()).startsWith("Error: Missing --os-auth-url (or OS_AUTH_URL")
                .contains("--noauth");
    }

    @Test
    void anUnreachableServerIsNamed() {
        Cli.Result r = new Cli(tmp).run("--noauth", "--os-endpoint", "http://127.0.0.1:1",
                "app", "list");

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.stderr()).startsWith("Error: Cannot reach http://127.0.0.1:1: ")
                .contains("connection refused").doesNotContain("\tat ").doesNotContain("Exception")
                .hasLineCount(1);
    }

    @Test
    void anUnknownHostIsSaidToBeOne() {
        Cli.Result r = new Cli(tmp).run("--noauth", "--os-endpoint",
                "http://no-such-host.invalid", "app", "list");

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.stderr()).isEqualTo(
                "Error: Cannot reach http://no-such-host.invalid: unknown host\n");
    }

    @Test
    void aMalformedUrlSettingIsNamedWithItsSource() {
        Cli.Result noScheme = new Cli(tmp).env("LAOS_URL", "127.0.0.1:10001")
                .run("--noauth", "app", "list");
        assertThat(noScheme.status()).isEqualTo(1);
        assertThat(noScheme.stderr()).isEqualTo("Error: Invalid LaOS endpoint"
                + " '127.0.0.1:10001' (from LAOS_URL): it must start with http:// or"
                + " https://\n");

        Cli.Result badHost = new Cli(tmp).run("--os-auth-url", "http://key^stone/v3",
                "--os-username", "u", "--os-password", "p", "--os-project-name", "d", "app",
                "list");
        assertThat(badHost.status()).isEqualTo(1);
        assertThat(badHost.stderr()).startsWith("Error: Invalid auth URL"
                + " 'http://key^stone/v3' (from --os-auth-url): ").hasLineCount(1)
                .doesNotContain("unexpected failure");

        Cli.Result badEndpointWithToken = new Cli(tmp).run("--os-token", "t",
                "--os-endpoint", "http://[::1", "--os-project-id", "p", "app", "list");
        assertThat(badEndpointWithToken.stderr()).startsWith("Error: Invalid LaOS endpoint"
                + " 'http://[::1' (from --os-endpoint): ").hasLineCount(1);
    }

    @Test
    void globalOptionsWorkBeforeAndAfterTheCommand() throws Exception {
        try (LaosTestApp laos = LaosTestApp.start()) {
            Cli cli = new Cli(tmp);
            assertThat(cli.run("--noauth", "--os-endpoint", laos.url(), "--os-project-id", "p",
                    "app", "create", "before").status()).isZero();

            Cli.Result after = cli.run("app", "list", "-f", "value", "-c", "name", "--noauth",
                    "--os-endpoint", laos.url(), "--os-project-id", "p");
            assertThat(after.status()).as(after.toString()).isZero();
            assertThat(after.stdout()).isEqualTo("before\n");

            Cli.Result mixed = cli.run("--os-project-id", "other", "--noauth", "app", "list",
                    "-f", "value", "-c", "name", "--os-endpoint", laos.url(),
                    "--os-project-id", "p");
            assertThat(mixed.stdout()).isEqualTo("before\n"); // the later value wins
        }
    }

    @Test
    void noauthDefaultsToTheDevelopmentServer() {
        Cli.Result r = new Cli(tmp).run("--noauth", "--debug", "app", "list");

        // Nothing listens there in the tests: what matters is where it went.
        assertThat(r.stderr()).contains("REQ: GET http://127.0.0.1:10001/v1/demo/apps");
    }
}
