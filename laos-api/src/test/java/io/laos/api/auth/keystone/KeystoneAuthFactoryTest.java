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
package io.laos.api.auth.keystone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dropwizard.configuration.ConfigurationSourceProvider;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.FileConfigurationSourceProvider;
import io.dropwizard.configuration.ResourceConfigurationSourceProvider;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import io.dropwizard.util.Duration;
import io.laos.api.LaosConfiguration;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code auth: {type: keystone, ...}} in the config: defaults, overrides, refusals. */
class KeystoneAuthFactoryTest {

    @Test
    void theTestConfigGivesAKeystoneFactoryWithItsDefaults() throws Exception {
        KeystoneAuthFactory k = parse("auth/laos-keystone-test.yml");

        assertThat(k.getServiceUser().getUserDomain()).isEqualTo("Default");
        assertThat(k.getServiceUser().getProjectDomain()).isEqualTo("Default");
        assertThat(k.getCacheTtl()).isEqualTo(Duration.minutes(5));
        assertThat(k.getCacheMaxSize()).isEqualTo(10_000);
        assertThat(k.getClient().getConnectionTimeout()).isEqualTo(Duration.seconds(2));
        assertThat(k.getClient().getTimeout()).isEqualTo(Duration.seconds(5));
        assertThat(k.getClient().isChunkedEncodingEnabled()).isFalse();
        assertThat(k.getClient().isGzipEnabledForRequests()).isFalse();
    }

    @Test
    void clientSettingsGivenInTheConfigKeepTheOtherDefaults() throws Exception {
        KeystoneAuthFactory k = parse("auth/keystone-client-override.yml");

        assertThat(k.getClient().getTimeout()).isEqualTo(Duration.seconds(9));
        assertThat(k.getClient().getConnectionTimeout()).isEqualTo(Duration.seconds(2));
        assertThat(k.getClient().isChunkedEncodingEnabled()).isFalse();
        assertThat(k.getMaxTokenLength()).isEqualTo(8192);
        assertThat(k.getServiceTokenRoles()).containsExactly("service");
    }

    @Test
    void anEmptyServicePasswordStopsStartUpButNotParsing() throws Exception {
        KeystoneAuthFactory k = parse("auth/keystone-client-override.yml");
        assertThat(k.getServiceUser().getPassword()).isEmpty();

        assertThatThrownBy(() -> k.buildAuthFilter(new Environment("test")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("auth.serviceUser.password");
    }

    @Test
    void theProductionSampleUsesKeystone() throws Exception {
        Path sample = Path.of(System.getProperty("laos.repo.root", ".."), "etc", "laos",
                "laos.yml");
        KeystoneAuthFactory k = parse(new SubstitutingSourceProvider(
                new FileConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)),
                sample.toString());

        assertThat(k.getUrl()).endsWith("/v3");
        assertThat(k.getWwwAuthenticateUri()).doesNotEndWith("/v3");
        assertThat(k.getServiceUser().getName()).isNotEmpty();
        assertThat(k.getServiceTokenRoles()).containsExactly("service");
        if (System.getenv("LAOS_SERVICE_PASSWORD") == null) {
            assertThatThrownBy(() -> k.buildAuthFilter(new Environment("test")))
                    .hasMessageContaining("auth.serviceUser.password");
        }
    }

    private static KeystoneAuthFactory parse(String resource) throws Exception {
        return parse(new ResourceConfigurationSourceProvider(), resource);
    }

    private static KeystoneAuthFactory parse(ConfigurationSourceProvider source, String path)
            throws Exception {
        LaosConfiguration config = new YamlConfigurationFactory<>(LaosConfiguration.class,
                Validators.newValidator(), Jackson.newObjectMapper(), "dw").build(source, path);
        assertThat(config.getAuth()).isInstanceOf(KeystoneAuthFactory.class);
        return (KeystoneAuthFactory) config.getAuth();
    }
}
