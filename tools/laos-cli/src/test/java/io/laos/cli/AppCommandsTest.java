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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.laos.api.testing.LaosTestApp;
import io.laos.cli.testing.Cli;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class AppCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final LaosTestApp laos = LaosTestApp.perClass(LaosTestApp.NOAUTH_CONFIG);

    @TempDir
    Path tmp;
    private String project;
    private Cli cli;

    @BeforeEach
    void client() {
        project = "p" + UUID.randomUUID().toString().replace("-", "");
        cli = Cli.noauth(tmp, laos, project);
    }

    private JsonNode json(Cli.Result r) throws Exception {
        assertThat(r.status()).as(r.toString()).isZero();
        return JSON.readTree(r.stdout());
    }

    @Test
    void createShowListUpdateDelete() throws Exception {
        JsonNode created = json(cli.run("app", "create", "myapp", "--description", "first",
                "--config", "A=1", "--config", "B=x=y", "-f", "json"));
        assertThat(created.path("name").asText()).isEqualTo("myapp");
        assertThat(created.path("project_id").asText()).isEqualTo(project);
        assertThat(created.path("config").toString()).isEqualTo("{\"A\":\"1\",\"B\":\"x=y\"}");

        assertThat(cli.run("app", "show", "myapp", "-f", "value", "-c", "description").stdout())
                .isEqualTo("first\n");
        assertThat(cli.run("app", "list", "-f", "value", "-c", "Name").stdout())
                .isEqualTo("myapp\n");

        JsonNode updated = json(cli.run("app", "update", "myapp", "--description", "second",
                "--config", "C=3", "--unset-config", "A", "-f", "json"));
        assertThat(updated.path("description").asText()).isEqualTo("second");
        assertThat(updated.path("config").toString()).isEqualTo("{\"B\":\"x=y\",\"C\":\"3\"}");

        Cli.Result deleted = cli.run("app", "delete", "myapp");
        assertThat(deleted.status()).as(deleted.toString()).isZero();
        assertThat(deleted.stdout()).isEmpty();

        Cli.Result gone = cli.run("app", "show", "myapp");
        assertThat(gone.status()).isEqualTo(1);
        assertThat(gone.stdout()).isEmpty();
        assertThat(gone.stderr()).startsWith("Error: ").contains("(HTTP 404, request req-");
    }

    @Test
    void anAppWithRoutesIsDeletedOnlyWithCascade() {
        assertThat(cli.run("app", "create", "withroutes").status()).isZero();
        assertThat(cli.run("route", "create", "withroutes", "/r", "--image", "i").status())
                .isZero();

        Cli.Result refused = cli.run("app", "delete", "withroutes");
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.stderr()).startsWith("Error: ").contains("(HTTP 409");

        assertThat(cli.run("app", "delete", "withroutes", "--cascade").status()).isZero();
        assertThat(cli.run("app", "list", "-f", "value").stdout()).isEmpty();
    }

    @Test
    void deletingSeveralReportsEachFailureAndDeletesTheRest() {
        cli.run("app", "create", "keep-going");

        Cli.Result r = cli.run("app", "delete", "missing", "keep-going");

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.stderr()).contains("Error: cannot delete app missing: ")
                .contains("1 of 2 apps were not deleted");
        assertThat(cli.run("app", "list", "-f", "value").stdout()).isEmpty();
    }

    @Test
    void listFollowsTheNextLinksToTheEnd() throws Exception {
        List<String> names = IntStream.range(0, 105).mapToObj(i -> String.format("app%03d", i))
                .toList();
        for (String name : names) {
            assertThat(laos.post("/v1/" + project + "/apps", "{\"app\":{\"name\":\"" + name
                    + "\"}}").status()).isEqualTo(201);
        }

        assertThat(cli.run("app", "list", "-f", "value", "-c", "name").stdout().lines())
                .containsExactlyElementsOf(names);
        assertThat(cli.run("app", "list", "-f", "value", "-c", "name", "--limit", "3").stdout()
                .lines()).containsExactly("app000", "app001", "app002");
    }

    @Test
    void anUpdateWithoutChangesIsAUsageError() {
        cli.run("app", "create", "same");

        Cli.Result r = cli.run("app", "update", "same");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.stderr()).isEqualTo("Error: Nothing to change: give --description,"
                + " --config or --unset-config\n");
    }

    @Test
    void badConfigIsAUsageError() {
        Cli.Result r = cli.run("app", "create", "x", "--config", "novalue");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.stderr()).contains("--config takes KEY=VALUE, not 'novalue'");
    }

    @Test
    void theServersValidationMessageIsShown() {
        Cli.Result r = cli.run("app", "create", "bad name!");

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.stderr()).startsWith("Error: ").contains("name")
                .contains("(HTTP 400, request");
        assertThat(r.stderr().lines()).hasSize(1);
    }
}
