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
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CredentialsTest {

    private static Settings layer(String source, Object... keysAndValues) {
        Map<Key, String> values = new EnumMap<>(Key.class);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put((Key) keysAndValues[i], (String) keysAndValues[i + 1]);
        }
        return Settings.of(values, key -> source);
    }

    private static Host env(Map<String, String> vars) {
        return new Host(vars, Path.of("/nonexistent"), Path.of("/nonexistent"),
                Path.of("/nonexistent"));
    }

    @Test
    void readsTheOsVariables() {
        Settings s = Credentials.environment(env(Map.ofEntries(
                Map.entry("OS_AUTH_URL", "http://k:5000/v3"), Map.entry("OS_USERNAME", "demo"),
                Map.entry("OS_PASSWORD", "pw"), Map.entry("OS_PROJECT_NAME", "demo"),
                Map.entry("OS_PROJECT_ID", "p1"), Map.entry("OS_USER_DOMAIN_NAME", "Default"),
                Map.entry("OS_USER_DOMAIN_ID", "default"),
                Map.entry("OS_PROJECT_DOMAIN_NAME", "Default"),
                Map.entry("OS_PROJECT_DOMAIN_ID", "default"),
                Map.entry("OS_DEFAULT_DOMAIN", "dd"), Map.entry("OS_REGION_NAME", "RegionOne"),
                Map.entry("OS_INTERFACE", "internal"), Map.entry("OS_TOKEN", "tok"),
                Map.entry("OS_AUTH_TYPE", "password"), Map.entry("OS_SERVICE_TYPE", "fx"),
                Map.entry("LAOS_URL", "http://laos:10001"), Map.entry("OS_UNRELATED", "x"))));

        assertThat(s.values()).hasSize(Key.values().length)
                .containsEntry(Key.AUTH_URL, "http://k:5000/v3")
                .containsEntry(Key.PROJECT_ID, "p1").containsEntry(Key.DEFAULT_DOMAIN, "dd")
                .containsEntry(Key.INTERFACE, "internal")
                .containsEntry(Key.ENDPOINT, "http://laos:10001");
        assertThat(s.source(Key.USERNAME)).isEqualTo("OS_USERNAME");
    }

    @Test
    void emptyVariablesAreUnset() {
        assertThat(Credentials.environment(env(Map.of("OS_USERNAME", ""))).has(Key.USERNAME))
                .isFalse();
    }

    @Test
    void eachSettingComesFromTheFirstSourceThatHasIt() {
        Credentials c = Credentials.of(List.of(
                layer("options", Key.PASSWORD, "from-option"),
                layer("cloud", Key.PASSWORD, "from-cloud", Key.USERNAME, "cloud-user"),
                layer("env", Key.PASSWORD, "from-env", Key.USERNAME, "env-user",
                        Key.REGION_NAME, "env-region")));

        assertThat(c.get(Key.PASSWORD)).isEqualTo("from-option");
        assertThat(c.get(Key.USERNAME)).isEqualTo("cloud-user");
        assertThat(c.get(Key.REGION_NAME)).isEqualTo("env-region");
        assertThat(c.settings().source(Key.USERNAME)).isEqualTo("cloud");
        assertThat(c.mode()).isEqualTo(AuthMode.PASSWORD);
    }

    @Test
    void aProjectComesWholeFromOneSource() {
        Credentials c = Credentials.of(List.of(layer("options", Key.PROJECT_ID, "p-id"),
                layer("env", Key.PROJECT_NAME, "p-name")));

        assertThat(c.get(Key.PROJECT_ID)).isEqualTo("p-id");
        assertThat(c.get(Key.PROJECT_NAME)).isNull();
    }

    @Test
    void domainsComeWholeFromOneSourceToo() {
        Credentials c = Credentials.of(List.of(
                layer("cloud", Key.USER_DOMAIN_NAME, "Users"),
                layer("env", Key.USER_DOMAIN_ID, "default", Key.PROJECT_DOMAIN_ID, "pd")));

        assertThat(c.get(Key.USER_DOMAIN_NAME)).isEqualTo("Users");
        assertThat(c.get(Key.USER_DOMAIN_ID)).isNull();
        assertThat(c.get(Key.PROJECT_DOMAIN_ID)).isEqualTo("pd");
    }

    @Test
    void theFirstSourceThatImpliesAWayOfAuthenticatingChoosesIt() {
        assertThat(Credentials.of(List.of(layer("options", Key.TOKEN, "t"),
                layer("cloud", Key.USERNAME, "u", Key.PASSWORD, "p"))).mode())
                .isEqualTo(AuthMode.TOKEN);
        assertThat(Credentials.of(List.of(Settings.EMPTY,
                layer("cloud", Key.USERNAME, "u", Key.PASSWORD, "p"),
                layer("env", Key.TOKEN, "stale"))).mode()).isEqualTo(AuthMode.PASSWORD);
        assertThat(Credentials.of(List.of(layer("options", Key.AUTH_TYPE, "none"),
                layer("env", Key.USERNAME, "u"))).mode()).isEqualTo(AuthMode.NONE);
        assertThat(Credentials.of(List.of(layer("cloud", Key.AUTH_TYPE, "v3token",
                Key.TOKEN, "t"))).mode()).isEqualTo(AuthMode.TOKEN);
        assertThat(Credentials.of(List.of(Settings.EMPTY)).mode()).isEqualTo(AuthMode.PASSWORD);
    }

    @Test
    void unsupportedAuthTypesAreRefused() {
        assertThatThrownBy(() -> AuthMode.parse("v3applicationcredential"))
                .isInstanceOf(CliException.class)
                .hasMessageContaining("'v3applicationcredential' is not supported");
        assertThat(AuthMode.parse("noauth")).isEqualTo(AuthMode.NONE);
        assertThat(AuthMode.parse("Password")).isEqualTo(AuthMode.PASSWORD);
    }

    @Test
    void osCloudNamesTheCloudUnlessAnOptionDoes() {
        Host host = env(Map.of("OS_CLOUD", "missing"));

        assertThatThrownBy(() -> Credentials.resolve(Settings.EMPTY, null, host))
                .hasMessageContaining("Cloud 'missing'");
        assertThatThrownBy(() -> Credentials.resolve(Settings.EMPTY, "other", host))
                .hasMessageContaining("Cloud 'other'");
    }

    @Test
    void noauthIgnoresOsCloudButNotAnExplicitCloud() {
        Host host = env(Map.of("OS_CLOUD", "missing", "OS_PROJECT_ID", "p"));
        Settings noauth = layer("--noauth", Key.AUTH_TYPE, "none");

        Credentials c = Credentials.resolve(noauth, null, host);
        assertThat(c.mode()).isEqualTo(AuthMode.NONE);
        assertThat(c.get(Key.PROJECT_ID)).isEqualTo("p");
        assertThatThrownBy(() -> Credentials.resolve(noauth, "missing", host))
                .hasMessageContaining("Cloud 'missing'");
    }
}
