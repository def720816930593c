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
package io.laos.api.driver.local;

import static io.laos.api.driver.local.LocalEngineFixture.REPO;
import static io.laos.api.driver.local.LocalEngineFixture.call;
import static io.laos.api.driver.local.LocalEngineFixture.route;
import static io.laos.api.driver.local.LocalEngineFixture.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import io.dropwizard.util.DataSize;
import io.laos.api.driver.FunctionsDriverFactory;
import io.laos.common.driver.FunctionsDriver;
import jakarta.validation.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code driver: {type: local, ...}} config section. */
class LocalDriverFactoryTest {
    private static final Validator VALIDATOR = Validators.newValidator();

    @Test
    void parsesTheDocumentedShape() {
        LocalDriverFactory factory = LocalEngineFixture.factory("""
                type: local
                images:
                  laos/hello:
                    command: [tools/examples/hello/hello.sh]
                  my/report:
                    command: [/usr/bin/python3, report.py]
                    workingDirectory: /srv/functions
                    environment: {REPORT_STYLE: short}
                maxQueued: 3
                logLimit: 8KiB
                outputMemoryLimit: 2MiB
                tempDirectory: /var/tmp/laos
                """);

        assertThat(VALIDATOR.validate(factory)).isEmpty();
        assertThat(factory.getImages()).containsOnlyKeys("laos/hello", "my/report");
        LocalImage report = factory.getImages().get("my/report");
        assertThat(report.getCommand()).containsExactly("/usr/bin/python3", "report.py");
        assertThat(report.getWorkingDirectory()).isEqualTo("/srv/functions");
        assertThat(report.getEnvironment()).containsEntry("REPORT_STYLE", "short");
        assertThat(factory.getMaxQueued()).isEqualTo(3);
        assertThat(factory.getLogLimit()).isEqualTo(DataSize.kibibytes(8));
        assertThat(factory.getOutputMemoryLimit()).isEqualTo(DataSize.mebibytes(2));
        assertThat(factory.getTempDirectory()).isEqualTo("/var/tmp/laos");
    }

    @Test
    void hasDefaults() {
        LocalDriverFactory factory = LocalEngineFixture.factory("type: local");

        assertThat(VALIDATOR.validate(factory)).isEmpty();
        assertThat(factory.getImages()).isEmpty();
        assertThat(factory.getMaxQueued()).isEqualTo(10);
        assertThat(factory.getLogLimit()).isEqualTo(DataSize.kibibytes(64));
        assertThat(factory.getOutputMemoryLimit()).isEqualTo(DataSize.mebibytes(1));
    }

    @Test
    void anImageNeedsACommand() {
        LocalDriverFactory factory = LocalEngineFixture.factory("""
                type: local
                images:
                  broken: {command: []}
                """);

        assertThat(VALIDATOR.validate(factory)).isNotEmpty();
    }

    @Test
    void relativeCommandsResolveAgainstTheStartDirectory() {
        LocalDriverFactory factory = LocalEngineFixture.factory("""
                type: local
                images:
                  laos/hello: {command: [tools/examples/hello/hello.sh]}
                """);

        try (LocalDriver driver = factory.buildDriver(REPO)) {
            assertThat(text(driver.invoke(call(route("/hello", "laos/hello"), new byte[0]))))
                    .isEqualTo("Hello World!\n");
        }
    }

    @Test
    void theDevelopmentConfigRunsTheExamples() throws Exception {
        ObjectMapper yaml = Jackson.newObjectMapper(new YAMLFactory());
        JsonNode driverNode = yaml.readTree(REPO.resolve("etc/laos/laos-dev.yml").toFile())
                .path("driver");
        LocalDriverFactory factory = (LocalDriverFactory) yaml.treeToValue(driverNode,
                FunctionsDriverFactory.class);

        try (LocalDriver driver = factory.buildDriver(REPO)) {
            assertThat(text(driver.invoke(call(route("/hello", "laos/hello"),
                    "{\"name\":\"dev\"}".getBytes())))).isEqualTo("Hello dev!\n");
            assertThat(text(driver.invoke(call(route("/echo", "laos/echo"),
                    "ping".getBytes())))).startsWith("method: POST\n").endsWith("\n\nping");
        }
    }

    @Test
    void buildsFromTheEnvironmentLaosGives() {
        LocalDriverFactory factory = LocalEngineFixture.factory("type: local");

        try (FunctionsDriver driver = factory.build(mock(Environment.class))) {
            assertThat(driver).isInstanceOf(LocalDriver.class);
            assertThat(driver.listApps()).isEqualTo(List.of());
        }
    }
}
