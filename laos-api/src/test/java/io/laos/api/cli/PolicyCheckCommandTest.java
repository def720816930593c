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

import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.util.JarLocation;
import io.laos.api.LaosApplication;
import io.laos.api.LaosConfiguration;
import io.laos.api.policy.PolicySyntaxException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code policy check}: the effective rules, one decision, and a bad file as an error. */
class PolicyCheckCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    @Test
    void printsEveryRuleAndWhereItComesFrom() throws Exception {
        Optional<Throwable> error = run(config("\"laos:apps:create\": \"role:admin\"\n"
                + "\"my_alias\": \"role:member\"\n"));

        assertThat(error).isEmpty();
        assertThat(output()).containsPattern("laos:apps:create +file +role:admin")
                .containsPattern("laos:apps:delete +default +rule:admin_or_member")
                .containsPattern("my_alias +file \\(new\\) +role:member")
                .containsPattern("admin +default +role:admin");
    }

    @Test
    void evaluatesOneDecision() throws Exception {
        String config = config("");
        run(config, "--rule", "laos:apps:create", "--roles", "reader", "--project", "p1");
        assertThat(output()).contains("laos:apps:create: DENY");

        out.reset();
        run(config, "--rule", "laos:apps:create", "--roles", "member,reader", "--project", "p1",
                "--target-project", "p1");
        assertThat(output()).contains("laos:apps:create: ALLOW");

        out.reset();
        run(config, "--rule", "laos:apps:create", "--roles", "member", "--project", "p1",
                "--target-project", "p2");
        assertThat(output()).contains("laos:apps:create: DENY");
    }

    @Test
    void saysWhenTheDefaultRuleDecided() throws Exception {
        run(config(""), "--rule", "laos:nothing:here", "--roles", "admin", "--project", "p1");
        assertThat(output()).contains("laos:nothing:here: ALLOW (no such rule: the 'default'");
    }

    @Test
    void aBadPolicyFileFailsTheCommand() throws Exception {
        Optional<Throwable> error = run(config("\"laos:apps:create\": \"role:admin or\"\n"));
        assertThat(error).containsInstanceOf(PolicySyntaxException.class);
    }

    private Optional<Throwable> run(String config, String... options) {
        LaosApplication app = new LaosApplication();
        // The application registers its own PolicyCheckCommand; this one writes to the test.
        Bootstrap<LaosConfiguration> bootstrap = new Bootstrap<>(app);
        bootstrap.addCommand(new PolicyCheckCommand(new PrintStream(out, true,
                StandardCharsets.UTF_8)));
        String[] args = new String[3 + options.length];
        args[0] = "policy";
        args[1] = "check";
        args[2] = config;
        System.arraycopy(options, 0, args, 3, options.length);
        Cli cli = new Cli(new JarLocation(getClass()), bootstrap, new ByteArrayOutputStream(),
                new ByteArrayOutputStream());
        return cli.run(args);
    }

    private String config(String policy) throws IOException {
        Path policyFile = Files.writeString(dir.resolve("policy.yaml"), policy);
        return Files.writeString(dir.resolve("laos.yml"), """
                database:
                  driverClass: org.h2.Driver
                  url: jdbc:h2:mem:policy-check
                auth:
                  type: noauth
                driver:
                  type: noop
                policyFile: %s
                logging:
                  level: WARN
                """.formatted(policyFile)).toString();
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }
}
