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
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.laos.api.testing.LaosTestApp;
import io.laos.cli.testing.Cli;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code -f table|json|yaml|value}, {@code -c}, {@code --noindent} and table widths. */
class OutputFormatsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LONG = "a description long enough that no 80-column table can"
            + " hold it on one line without wrapping it somewhere in the middle";

    @RegisterExtension
    static final LaosTestApp laos = LaosTestApp.perClass(LaosTestApp.NOAUTH_CONFIG);

    @TempDir
    Path tmp;
    private Cli cli;

    @BeforeEach
    void twoApps() {
        cli = Cli.noauth(tmp, laos, "p" + UUID.randomUUID().toString().replace("-", ""));
        assertThat(cli.run("app", "create", "alpha", "--description", "first", "--config",
                "K=V").status()).isZero();
        assertThat(cli.run("app", "create", "beta", "--description", LONG).status()).isZero();
    }

    @Test
    void showAsATable() {
        String out = cli.run("app", "show", "alpha").stdout();

        assertThat(out).startsWith("+-------------+").contains("| Field       | Value")
                .contains("| name        | alpha").contains("| config      | K='V'")
                .contains("| description | first");
    }

    @Test
    void showAsJsonIndentedOrNot() throws Exception {
        String indented = cli.run("app", "show", "alpha", "-f", "json").stdout();
        assertThat(indented).startsWith("{\n  \"id\": \"").contains("\n  \"name\": \"alpha\",")
                .contains("\"config\": {\n    \"K\": \"V\"\n  },");

        String flat = cli.run("app", "show", "alpha", "-f", "json", "--noindent").stdout();
        assertThat(flat.lines()).hasSize(1);
        assertThat(JSON.readTree(flat)).isEqualTo(JSON.readTree(indented));
    }

    @Test
    void showAsYaml() throws Exception {
        String out = cli.run("app", "show", "alpha", "-f", "yaml").stdout();

        assertThat(out).doesNotStartWith("---").contains("name: alpha\n")
                .contains("config:\n  K: V\n");
        assertThat(new YAMLMapper().readTree(out).path("description").asText())
                .isEqualTo("first");
    }

    @Test
    void showValuesAndColumns() {
        assertThat(cli.run("app", "show", "alpha", "-f", "value", "-c", "name", "-c",
                "description", "-c", "config").stdout()).isEqualTo("alpha\nfirst\nK='V'\n");
        assertThat(cli.run("app", "show", "alpha", "-c", "name").stdout()).isEqualTo("""
                +-------+-------+
                | Field | Value |
                +-------+-------+
                | name  | alpha |
                +-------+-------+
                """);
    }

    @Test
    void listAsEachFormat() throws Exception {
        String table = cli.run("app", "list", "--max-width", "0").stdout();
        assertThat(table).startsWith("+-------+").contains("| Name  | Description")
                .contains("| Created At").contains("| alpha | first ").contains(LONG);

        JsonNode json = JSON.readTree(cli.run("app", "list", "-f", "json").stdout());
        assertThat(json).hasSize(2);
        assertThat(json.get(0).fieldNames()).toIterable()
                .containsExactly("Name", "Description", "Created At");
        assertThat(json.get(0).path("Name").asText()).isEqualTo("alpha");

        String yaml = cli.run("app", "list", "-f", "yaml", "-c", "Name").stdout();
        assertThat(yaml).isEqualTo("- Name: alpha\n- Name: beta\n");

        assertThat(cli.run("app", "list", "-f", "value", "-c", "name", "-c", "description")
                .stdout()).isEqualTo("alpha first\nbeta " + LONG + "\n");
    }

    @Test
    void columnsArePickedByHeadingOrFieldInAnyCaseAndIncludeLongOnes() throws Exception {
        JsonNode json = JSON.readTree(cli.run("app", "list", "-f", "json", "-c", "ID", "-c",
                "created_at", "-c", "NAME").stdout());

        assertThat(json.get(0).fieldNames()).toIterable()
                .containsExactly("ID", "Created At", "Name");
        assertThat(cli.run("app", "list", "--long", "-f", "json").stdout())
                .contains("\"Config\": {").contains("\"Updated At\"");
    }

    @Test
    void anUnknownColumnIsAUsageError() {
        Cli.Result r = cli.run("app", "list", "-c", "nope");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.stderr()).isEqualTo("Error: No column 'nope' (the columns are: Name,"
                + " Description, Created At, ID, Config, Updated At)\n");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Cli.Result r = cli.run("app", "list", "-f", "xml");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.stderr()).contains("invalid choice: 'xml'");
    }

    @Test
    void tablesFitColumnsOr80() {
        String narrow = cli.env("COLUMNS", "50").run("app", "list").stdout();
        assertThat(narrow.lines()).allSatisfy(l -> assertThat(l).hasSizeLessThanOrEqualTo(50));
        assertThat(narrow.lines().filter(l -> l.startsWith("|")).count()).isGreaterThan(4);

        String standard = cli.env("COLUMNS", "").run("app", "list").stdout();
        assertThat(standard.lines()).allSatisfy(l -> assertThat(l).hasSizeLessThanOrEqualTo(80));
        assertThat(standard.lines().mapToInt(String::length).max().orElse(0)).isEqualTo(80);

        String wide = cli.run("app", "list", "--max-width", "0").stdout();
        assertThat(wide.lines().filter(l -> l.startsWith("|")).count()).isEqualTo(3);
    }

    @Test
    void anEmptyListIsItsHeadingOnlyOrNothing() {
        Cli.Result r = cli.run("route", "list", "alpha");

        assertThat(r.stdout()).isEqualTo("""
                +------+-------+------+--------+
                | Path | Image | Type | Public |
                +------+-------+------+--------+
                """);
        assertThat(cli.run("route", "list", "alpha", "-f", "json").stdout()).isEqualTo("[]\n");
        assertThat(cli.run("route", "list", "alpha", "-f", "value").stdout()).isEmpty();
    }
}
