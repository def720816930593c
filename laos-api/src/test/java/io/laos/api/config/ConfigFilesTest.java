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
package io.laos.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.FileConfigurationSourceProvider;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.jackson.DiscoverableSubtypeResolver;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import io.laos.api.LaosConfiguration;
import io.laos.api.auth.AuthFactory;
import io.laos.api.auth.noauth.NoAuthFactory;
import io.laos.api.driver.FunctionsDriverFactory;
import io.laos.api.driver.ironfunctions.IronFunctionsDriverFactory;
import io.laos.api.driver.local.LocalDriverFactory;
import io.laos.api.driver.noop.NoopDriverFactory;
import io.laos.api.policy.PolicyLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file in etc/laos parses and validates (the service configs as configs, the policy
 * samples as policy files), so that the samples cannot rot; a file of any other kind fails.
 */
class ConfigFilesTest {

    static Path etc() {
        return Path.of(System.getProperty("laos.repo.root", ".."), "etc", "laos");
    }

    static List<Path> configFiles() throws IOException {
        try (Stream<Path> files = Files.list(etc())) {
            return files.filter(p -> p.getFileName().toString().matches("laos.*\\.ya?ml"))
                    .sorted().toList();
        }
    }

    static List<Path> policyFiles() throws IOException {
        try (Stream<Path> files = Files.list(etc())) {
            return files.filter(p -> p.getFileName().toString().matches("policy.*\\.ya?ml"))
                    .sorted().toList();
        }
    }

    static LaosConfiguration parse(Path file) throws Exception {
        ObjectMapper mapper = Jackson.newObjectMapper();
        return new YamlConfigurationFactory<>(LaosConfiguration.class,
                Validators.newValidator(), mapper, "dw")
                .build(new SubstitutingSourceProvider(new FileConfigurationSourceProvider(),
                        new EnvironmentVariableSubstitutor(false)), file.toString());
    }

    @Test
    void thereAreSamplesToCheck() throws IOException {
        assertThat(configFiles()).extracting(p -> p.getFileName().toString())
                .contains("laos.yml", "laos-dev.yml");
    }

    @Test
    void everyFileIsOfAKindThisTestParses() throws IOException {
        List<Path> all;
        try (Stream<Path> files = Files.list(etc())) {
            all = files.sorted().toList();
        }
        List<Path> checked = Stream.concat(configFiles().stream(), policyFiles().stream())
                .toList();
        assertThat(all).as("files in etc/laos that no test parses (name configs laos*.yml,"
                + " policies policy*.yaml)").containsExactlyInAnyOrderElementsOf(checked);
        assertThat(policyFiles()).extracting(p -> p.getFileName().toString())
                .contains("policy.yaml");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("policyFiles")
    void policySamplesParse(Path file) {
        assertThat(PolicyLoader.loadRules(file.toString()).all()).isNotEmpty();
    }

    /** A config that names a policy file in the repository names one that exists. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("configFiles")
    void policyFilesNamedByConfigsExist(Path file) throws Exception {
        String policy = parse(file).getPolicyFile();
        if (policy != null && policy.startsWith("etc/laos/")) {
            Path root = Path.of(System.getProperty("laos.repo.root", ".."));
            assertThat(root.resolve(policy)).isRegularFile();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configFiles")
    void parsesAndValidates(Path file) throws Exception {
        LaosConfiguration config = parse(file);
        assertThat(config.getAuth()).isNotNull();
        assertThat(config.getDriver()).isNotNull();
        assertThat(config.getDatabase().getUrl()).startsWith("jdbc:");
    }

    @Test
    void theDevelopmentConfigIsEmbedded() throws Exception {
        LaosConfiguration dev = parse(etc().resolve("laos-dev.yml"));
        assertThat(dev.getAuth()).isInstanceOf(NoAuthFactory.class);
        assertThat(dev.getDriver()).isInstanceOf(LocalDriverFactory.class);
        assertThat(dev.getDatabase().getUrl()).startsWith("jdbc:h2:file:");
        assertThat(dev.isMigrateOnStart()).isTrue();
    }

    @Test
    void theProductionSampleUsesMariaDbAndIronFunctions() throws Exception {
        LaosConfiguration prod = parse(etc().resolve("laos.yml"));
        assertThat(prod.getAuth()).isNotInstanceOf(NoAuthFactory.class);
        assertThat(prod.getDriver()).isInstanceOf(IronFunctionsDriverFactory.class);
        assertThat(prod.getDatabase().getUrl()).startsWith("jdbc:mariadb:");
        assertThat(prod.isMigrateOnStart()).isFalse();
    }

    @Test
    void everyPluggableTypeIsDiscoverable() {
        DiscoverableSubtypeResolver resolver = new DiscoverableSubtypeResolver();
        assertThat(resolver.getDiscoveredSubtypes())
                .contains(NoopDriverFactory.class, IronFunctionsDriverFactory.class,
                        LocalDriverFactory.class, NoAuthFactory.class)
                .anyMatch(FunctionsDriverFactory.class::isAssignableFrom)
                .anyMatch(AuthFactory.class::isAssignableFrom);
    }
}
