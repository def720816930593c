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
package io.laos.api.driver.ironfunctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.configuration.ConfigurationValidationException;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import io.dropwizard.util.Duration;
import io.laos.api.driver.FunctionsDriverFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code driver: {type: ironfunctions, ...}} as Dropwizard reads it from YAML. */
class IronFunctionsDriverFactoryTest {
    private static final ObjectMapper MAPPER = Jackson.newObjectMapper();

    @Test
    void theTypeNameSelectsThisFactoryAndClientSettingsMergeIntoTheDefaults() throws Exception {
        FunctionsDriverFactory factory = parse("""
                type: ironfunctions
                url: http://10.0.0.5:8080
                client:
                  timeout: 10s
                """);

        assertThat(factory).isInstanceOf(IronFunctionsDriverFactory.class);
        IronFunctionsDriverFactory iron = (IronFunctionsDriverFactory) factory;
        assertThat(iron.getUrl()).isEqualTo("http://10.0.0.5:8080");
        assertThat(iron.getClient().getTimeout()).isEqualTo(Duration.seconds(10));
        // Not Dropwizard's defaults (keepAlive 0 would close every connection, gzip on).
        assertThat(iron.getClient().getKeepAlive()).isEqualTo(Duration.seconds(60));
        assertThat(iron.getClient().getConnectionTimeout()).isEqualTo(Duration.seconds(2));
        assertThat(iron.getClient().isGzipEnabled()).isFalse();
        assertThat(iron.getClient().isGzipEnabledForRequests()).isFalse();
        assertThat(iron.getClient().isChunkedEncodingEnabled()).isTrue();
        assertThat(iron.getClient().getMaxConnectionsPerRoute()).isEqualTo(1024);
        assertThat(iron.getRunTimeoutMargin()).isEqualTo(Duration.seconds(5));
        assertThat(iron.hasJwtAuthKey()).isFalse();
    }

    @Test
    void theUrlIsRequired() {
        assertThatThrownBy(() -> parse("type: ironfunctions\n"))
                .isInstanceOf(ConfigurationValidationException.class).hasMessageContaining("url");
    }

    @Test
    void theUrlMustBeHttpWithoutCredentials() {
        assertThatThrownBy(() -> parse("type: ironfunctions\nurl: ftp://engine:21\n"))
                .isInstanceOf(ConfigurationValidationException.class).hasMessageContaining("url");
        assertThatThrownBy(() -> parse(
                "type: ironfunctions\nurl: http://user:pw@engine:8080\n"))
                .isInstanceOf(ConfigurationValidationException.class).hasMessageContaining("url");
    }

    @Test
    void aNegativeMarginIsRefused() {
        assertThatThrownBy(() -> parse(
                "type: ironfunctions\nurl: http://engine:8080\nrunTimeoutMargin: -1s\n"))
                .isInstanceOf(Exception.class);
    }

    @Test
    void theJwtKeyIsReadButNeverWrittenOrPrinted() throws Exception {
        FunctionsDriverFactory factory = parse("""
                type: ironfunctions
                url: http://engine:8080
                jwtAuthKey: very-secret-key
                """);

        assertThat(((IronFunctionsDriverFactory) factory).hasJwtAuthKey()).isTrue();
        assertThat(MAPPER.writeValueAsString(factory)).doesNotContain("very-secret-key");
        assertThat(factory.toString()).doesNotContain("very-secret-key");
    }

    @Test
    void aBlankJwtKeyMeansNone() throws Exception {
        // What ${LAOS_IRONFUNCTIONS_JWT_KEY:-} gives when the variable is unset.
        FunctionsDriverFactory factory = parse(
                "type: ironfunctions\nurl: http://engine:8080\njwtAuthKey: \"\"\n");

        assertThat(((IronFunctionsDriverFactory) factory).hasJwtAuthKey()).isFalse();
    }

    private static FunctionsDriverFactory parse(String yaml) throws Exception {
        YamlConfigurationFactory<FunctionsDriverFactory> reader = new YamlConfigurationFactory<>(
                FunctionsDriverFactory.class, Validators.newValidator(), MAPPER, "dw");
        return reader.build(path -> new ByteArrayInputStream(
                yaml.getBytes(StandardCharsets.UTF_8)), "driver.yml");
    }
}
