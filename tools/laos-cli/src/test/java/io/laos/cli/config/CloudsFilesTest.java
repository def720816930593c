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
package io.laos.cli.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.laos.cli.CliException;
import io.laos.cli.Host;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CloudsFilesTest {
    @TempDir
    Path tmp;
    private Path cwd;
    private Path home;
    private Path etc;
    private final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void dirs() throws IOException {
        cwd = Files.createDirectories(tmp.resolve("cwd"));
        home = Files.createDirectories(tmp.resolve("home"));
        etc = Files.createDirectories(tmp.resolve("etc"));
    }

    private Host host() {
        return new Host(env, cwd, home, etc);
    }

    private static void cloud(Path file, String name, String username) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                clouds:
                  %s:
                    auth:
                      auth_url: http://keystone.example/identity
                      username: %s
                      project_name: demo
                    region_name: RegionOne
                """.formatted(name, username));
    }

    @Test
    void searchesTheCurrentDirectoryThenHomeThenTheSystemDirectory() throws IOException {
        cloud(etc.resolve("clouds.yaml"), "c", "from-etc");
        assertThat(CloudsFiles.cloud(host(), "c").get(Key.USERNAME)).isEqualTo("from-etc");

        cloud(home.resolve(".config/openstack/clouds.yaml"), "c", "from-home");
        assertThat(CloudsFiles.cloud(host(), "c").get(Key.USERNAME)).isEqualTo("from-home");

        cloud(cwd.resolve("clouds.yaml"), "c", "from-cwd");
        assertThat(CloudsFiles.cloud(host(), "c").get(Key.USERNAME)).isEqualTo("from-cwd");
    }

    @Test
    void theFirstFileFoundWinsEvenWithoutTheCloud() throws IOException {
        cloud(cwd.resolve("clouds.yaml"), "other", "x");
        cloud(home.resolve(".config/openstack/clouds.yaml"), "c", "from-home");

        assertThatThrownBy(() -> CloudsFiles.cloud(host(), "c"))
                .isInstanceOf(CliException.class)
                .hasMessageContaining("Cloud 'c' is not in " + cwd.resolve("clouds.yaml"))
                .hasMessageContaining("clouds: other");
    }

    @Test
    void osClientConfigFileComesFirst() throws IOException {
        cloud(cwd.resolve("clouds.yaml"), "c", "from-cwd");
        cloud(tmp.resolve("elsewhere/my-clouds.yaml"), "c", "from-env-file");
        env.put("OS_CLIENT_CONFIG_FILE", tmp.resolve("elsewhere/my-clouds.yaml").toString());

        assertThat(CloudsFiles.cloud(host(), "c").get(Key.USERNAME)).isEqualTo("from-env-file");
    }

    @Test
    void ymlExtensionIsFound() throws IOException {
        cloud(home.resolve(".config/openstack/clouds.yml"), "c", "yml");

        assertThat(CloudsFiles.cloud(host(), "c").get(Key.USERNAME)).isEqualTo("yml");
    }

    @Test
    void secureYamlIsMergedOverClouds() throws IOException {
        cloud(cwd.resolve("clouds.yaml"), "c", "demo");
        Files.createDirectories(home.resolve(".config/openstack"));
        Files.writeString(home.resolve(".config/openstack/secure.yaml"), """
                clouds:
                  c:
                    auth:
                      password: s3cret
                    region_name: RegionTwo
                """);

        Settings s = CloudsFiles.cloud(host(), "c");

        assertThat(s.get(Key.PASSWORD)).isEqualTo("s3cret");
        assertThat(s.get(Key.USERNAME)).isEqualTo("demo"); // merged, not replaced
        assertThat(s.get(Key.AUTH_URL)).isEqualTo("http://keystone.example/identity");
        assertThat(s.get(Key.REGION_NAME)).isEqualTo("RegionTwo");
        assertThat(s.source(Key.PASSWORD)).isEqualTo("auth.password of cloud 'c' in "
                + cwd.resolve("clouds.yaml") + " with "
                + home.resolve(".config/openstack/secure.yaml"));
    }

    @Test
    void readsEveryKeyOfACloud() throws IOException {
        Files.writeString(cwd.resolve("clouds.yaml"), """
                clouds:
                  full:
                    auth_type: v3password
                    auth:
                      auth_url: http://k/v3
                      username: u
                      password: p
                      project_id: 1234
                      user_domain_id: ud
                      project_domain_name: PD
                      token: t
                    region_name: R
                    interface: internal
                    functions_endpoint_override: http://laos.example:10001
                """);

        Settings s = CloudsFiles.cloud(host(), "full");

        assertThat(s.values()).containsEntry(Key.AUTH_TYPE, "v3password")
                .containsEntry(Key.AUTH_URL, "http://k/v3").containsEntry(Key.USERNAME, "u")
                .containsEntry(Key.PASSWORD, "p").containsEntry(Key.PROJECT_ID, "1234")
                .containsEntry(Key.USER_DOMAIN_ID, "ud")
                .containsEntry(Key.PROJECT_DOMAIN_NAME, "PD").containsEntry(Key.TOKEN, "t")
                .containsEntry(Key.REGION_NAME, "R").containsEntry(Key.INTERFACE, "internal")
                .containsEntry(Key.ENDPOINT, "http://laos.example:10001");
        assertThat(s.source(Key.PASSWORD)).isEqualTo("auth.password of cloud 'full' in "
                + cwd.resolve("clouds.yaml"));
    }

    @Test
    void laosEndpointOverrideIsReadToo() throws IOException {
        Files.writeString(cwd.resolve("clouds.yaml"),
                "clouds:\n  c:\n    laos_endpoint_override: http://l:1\n");

        assertThat(CloudsFiles.cloud(host(), "c").get(Key.ENDPOINT)).isEqualTo("http://l:1");
    }

    @Test
    void noFileAtAllIsAnError() {
        assertThatThrownBy(() -> CloudsFiles.cloud(host(), "c"))
                .isInstanceOf(CliException.class)
                .hasMessageContaining("no clouds.yaml was found")
                .hasMessageContaining(etc.resolve("clouds.yaml").toString());
    }

    @Test
    void invalidYamlIsAnError() throws IOException {
        Files.writeString(cwd.resolve("clouds.yaml"), "clouds: [unclosed");

        assertThatThrownBy(() -> CloudsFiles.cloud(host(), "c"))
                .isInstanceOf(CliException.class).hasMessageStartingWith("Cannot read");
    }
}
