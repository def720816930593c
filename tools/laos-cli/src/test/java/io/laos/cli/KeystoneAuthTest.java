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

import io.laos.api.testing.FakeKeystone;
import io.laos.api.testing.LaosTestApp;
import io.laos.cli.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Authentication against a fake Keystone whose catalog points at a real LaOS that validates
 * the tokens there: clouds.yaml, OS_* variables, options, tokens and the catalog.
 */
class KeystoneAuthTest {
    private static final String PASSWORD = "demo-secret-pw";
    private static FakeKeystone keystone;
    private static LaosTestApp laos;
    private static String demoProject;

    @TempDir
    Path tmp;
    private Cli cli;

    @BeforeAll
    static void start() throws Exception {
        keystone = FakeKeystone.start();
        keystone.addUser("demo", PASSWORD, "demo", "member");
        demoProject = keystone.projectId("demo");
        laos = LaosTestApp.withKeystone(keystone.url(), FakeKeystone.SERVICE_USER,
                FakeKeystone.SERVICE_PASSWORD);
    }

    @AfterAll
    static void stop() {
        laos.close();
        keystone.close();
    }

    @BeforeEach
    void client() {
        keystone.catalogUrl(laos.url());
        cli = new Cli(tmp);
    }

    /** The auth URL without /v3, as DevStack's clouds.yaml has it: the client adds it. */
    private static String unversionedAuthUrl() {
        return keystone.url().replaceFirst("/v3$", "");
    }

    private void cloudsYaml(Path file, String password, String extra) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                clouds:
                  fake:
                    auth_type: password
                    auth:
                      auth_url: %s
                      username: demo
                      %s
                      project_name: demo
                      user_domain_name: Default
                      project_domain_name: Default
                    region_name: RegionOne
                    interface: public
                %s""".formatted(unversionedAuthUrl(),
                password == null ? "" : "password: " + password, extra));
    }

    private static void ok(Cli.Result r) {
        assertThat(r.status()).as(r.toString()).isZero();
    }

    private Cli withOsVariables() {
        return cli.env("OS_AUTH_URL", keystone.url()).env("OS_USERNAME", "demo")
                .env("OS_PASSWORD", PASSWORD).env("OS_PROJECT_NAME", "demo")
                .env("OS_USER_DOMAIN_ID", "default").env("OS_PROJECT_DOMAIN_ID", "default")
                .env("OS_REGION_NAME", "RegionOne");
    }

    @Test
    void aCloudOfCloudsYamlLogsInAndFindsLaosInTheCatalog() throws Exception {
        cloudsYaml(cli.cwd().resolve("clouds.yaml"), PASSWORD, "");

        ok(cli.run("--os-cloud", "fake", "app", "create", "from-cloud"));

        Cli.Result r = cli.env("OS_CLOUD", "fake").run("app", "show", "from-cloud", "-f",
                "value", "-c", "project_id");
        ok(r);
        assertThat(r.stdout()).isEqualTo(demoProject + "\n");
    }

    @Test
    void thePasswordCanLiveInSecureYaml() throws Exception {
        cloudsYaml(cli.home().resolve(".config/openstack/clouds.yaml"), null, "");
        Files.writeString(cli.home().resolve(".config/openstack/secure.yaml"),
                "clouds:\n  fake:\n    auth:\n      password: " + PASSWORD + "\n");

        ok(cli.run("--os-cloud", "fake", "app", "list"));
    }

    @Test
    void osVariablesAreEnough() {
        ok(withOsVariables().run("app", "list"));
    }

    @Test
    void optionsBeatTheEnvironment() {
        withOsVariables().env("OS_PASSWORD", "wrong");

        Cli.Result refused = cli.run("app", "list");
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.stderr()).startsWith("Error: Keystone at " + keystone.url()
                + " refused: The request you have made requires authentication. (HTTP 401");

        ok(cli.run("--os-password", PASSWORD, "app", "list"));
    }

    @Test
    void theCloudBeatsTheEnvironment() throws Exception {
        cloudsYaml(cli.cwd().resolve("clouds.yaml"), PASSWORD, "");
        withOsVariables().env("OS_PASSWORD", "wrong").env("OS_CLOUD", "fake");

        ok(cli.run("app", "list"));
    }

    @Test
    void aTokenWithAnEndpointAndProjectNeedsNoKeystone() {
        String token = keystone.issueToken("demo", "demo");
        int logins = keystone.logins();

        ok(cli.run("--os-token", token, "--os-endpoint", laos.url(), "--os-project-id",
                demoProject, "app", "create", "by-token"));
        ok(cli.env("OS_TOKEN", token).env("LAOS_URL", laos.url())
                .env("OS_PROJECT_ID", demoProject).run("app", "show", "by-token"));
        assertThat(keystone.logins()).isEqualTo(logins);
    }

    @Test
    void aTokenAloneIsLookedUpAtKeystone() {
        String token = keystone.issueToken("demo", "demo");

        Cli.Result r = cli.run("--os-token", token, "--os-auth-url", keystone.url(), "app",
                "create", "looked-up", "-f", "value", "-c", "project_id");

        ok(r);
        assertThat(r.stdout()).isEqualTo(demoProject + "\n");
    }

    @Test
    void aTokenWithoutAnyWayToUseItIsExplained() {
        Cli.Result r = cli.run("--os-token", "t", "app", "list");

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.stderr()).startsWith("Error: A token needs an endpoint");
    }

    @Test
    void theCatalogsRegionAndInterfaceAreHonoured() {
        withOsVariables();
        ok(cli.run("--os-interface", "internal", "app", "list"));

        Cli.Result otherRegion = cli.run("--os-region-name", "RegionTwo", "app", "list");
        assertThat(otherRegion.status()).isEqualTo(1);
        assertThat(otherRegion.stderr()).isEqualTo("Error: The catalog has no public endpoint"
                + " of 'functions' in region RegionTwo (it has: public in RegionOne, internal"
                + " in RegionOne, admin in RegionOne)\n");

        Cli.Result otherType = cli.env("OS_SERVICE_TYPE", "function-engine").run("app", "list");
        assertThat(otherType.status()).isEqualTo(1);
        assertThat(otherType.stderr()).contains("no service of type 'function-engine'");
    }

    @Test
    void anEndpointOverrideInTheCloudBypassesTheCatalog() throws Exception {
        keystone.catalogUrl("http://127.0.0.1:1");
        cloudsYaml(cli.cwd().resolve("clouds.yaml"), PASSWORD,
                "    functions_endpoint_override: " + laos.url() + "\n");

        ok(cli.run("--os-cloud", "fake", "app", "list"));
        assertThat(cli.run("--os-cloud", "fake", "--os-endpoint", "http://127.0.0.1:1", "app",
                "list").stderr()).startsWith("Error: Cannot reach http://127.0.0.1:1");
    }

    @Test
    void theLoginIsScopedToTheProjectWithTheDomainsGiven() throws Exception {
        cloudsYaml(cli.cwd().resolve("clouds.yaml"), PASSWORD, "");
        Cli.Result byNames = cli.run("--os-cloud", "fake", "--debug", "app", "list");

        ok(byNames);
        assertThat(byNames.stderr()).contains("REQ BODY: {\"auth\":{\"identity\":{\"methods\":"
                + "[\"password\"],\"password\":{\"user\":{\"name\":\"demo\",\"password\":"
                + "\"***\",\"domain\":{\"name\":\"Default\"}}}},\"scope\":{\"project\":"
                + "{\"name\":\"demo\",\"domain\":{\"name\":\"Default\"}}}}}");

        // A project ID needs no domain; the user's domain falls back to the default domain.
        Cli.Result byId = new Cli(tmp.resolve("id")).env("OS_AUTH_URL", keystone.url())
                .env("OS_USERNAME", "demo").env("OS_PASSWORD", PASSWORD)
                .env("OS_PROJECT_ID", demoProject).env("OS_DEFAULT_DOMAIN", "dom")
                .run("--debug", "app", "list");
        assertThat(byId.stderr()).contains("\"user\":{\"name\":\"demo\",\"password\":"
                + "\"***\",\"domain\":{\"id\":\"dom\"}}").contains("\"scope\":{\"project\":"
                + "{\"id\":\"" + demoProject + "\"}}").doesNotContain(PASSWORD);
    }

    @Test
    void aMalformedCatalogUrlIsNamedAsTheCatalogs() {
        keystone.catalogUrl("laos.example:10001");

        Cli.Result r = withOsVariables().run("app", "list");

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.stderr()).isEqualTo("Error: Invalid LaOS endpoint 'laos.example:10001'"
                + " (from the service catalog): it must start with http:// or https://\n");
    }

    @Test
    void privateRoutesRunWithTheTokenOnly() {
        withOsVariables();
        ok(cli.run("app", "create", "runs"));
        ok(cli.run("route", "create", "runs", "/private", "--image", "i"));

        Cli.Result withToken = cli.run("run", "runs", "/private", "--data", "hi");
        ok(withToken);
        assertThat(withToken.stdout()).isEqualTo("hi");

        Cli.Result anonymous = new Cli(tmp.resolve("anon")).run("--noauth", "--os-endpoint",
                laos.url(), "--os-project-id", demoProject, "run", "runs", "/private");
        assertThat(anonymous.status()).isEqualTo(1);
        assertThat(anonymous.stderr()).startsWith("Error: This route is private")
                .contains("(HTTP 401");
    }

    @Test
    void debugShowsRequestsWithoutSecrets() {
        String token = keystone.issueToken("demo", "demo");
        Cli.Result login = withOsVariables().run("--debug", "app", "list");
        Cli.Result byToken = new Cli(tmp.resolve("t")).run("--debug", "--os-token", token,
                "--os-auth-url", keystone.url(), "app", "list");

        ok(login);
        assertThat(login.stderr()).contains("REQ: POST " + keystone.url() + "/auth/tokens")
                .contains("RESP: [201]")
                .containsPattern("(?i)x-subject-token: \\{SHA256\\}[0-9a-f]{64}")
                .containsPattern("X-Auth-Token: \\{SHA256\\}[0-9a-f]{64}")
                .contains("\"password\":\"***\"").contains("REQ: GET " + laos.url() + "/v1/")
                .doesNotContain(PASSWORD).doesNotContain("gAAAAA");
        ok(byToken);
        assertThat(byToken.stderr()).doesNotContain(token).contains("{SHA256}");
        assertThat(login.stdout()).doesNotContain("REQ:");
    }
}
