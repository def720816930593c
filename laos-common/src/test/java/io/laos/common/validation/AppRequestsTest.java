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
package io.laos.common.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.laos.common.error.LaosException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AppRequestsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    @Test
    void parsesACreateWithOrWithoutTheEnvelope() throws Exception {
        AppRequests.Create wrapped = AppRequests.parseCreate(
                json("{'app': {'name': 'a1', 'description': 'd', 'config': {'K': 'v'}}}"));
        AppRequests.Create bare = AppRequests.parseCreate(
                json("{'name': 'a1', 'description': 'd', 'config': {'K': 'v'}}"));

        assertThat(wrapped).isEqualTo(bare);
        assertThat(wrapped.config()).isEqualTo(Map.of("K", "v"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "A1", "0-app", "my.app_v2",
        "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
    void acceptsValidNames(String name) throws Exception {
        assertThat(AppRequests.parseCreate(json("{'app': {'name': '" + name + "'}}")).name())
                .isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-a", ".a", "_a", "a b", "a/b", "ä", "a:b"})
    void refusesInvalidNamesNamingTheField(String name) {
        assertThatThrownBy(() -> AppRequests.parseCreate(json("{'app': {'name': '" + name
                + "'}}"))).isInstanceOfSatisfying(LaosException.class,
                        e -> assertThat(e.field()).isEqualTo("name"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{'app': {'name': 'a', 'config': {'K': 1}}}|config",
        "{'app': {'name': 'a', 'config': {'1K': 'v'}}}|config",
        "{'app': {'name': 'a', 'config': []}}|config",
        "{'app': {'name': 'a', 'description': 5}}|description",
        "{'app': {'name': 'a', 'nmae': 'x'}}|nmae",
        "{'app': {'name': 7}}|name",
        "{'app': 'x'}|app",
        "[]|app",
    })
    void refusesBadFieldsNamingThem(String body, String field) {
        assertThatThrownBy(() -> AppRequests.parseCreate(json(body)))
                .isInstanceOfSatisfying(LaosException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.field()).isEqualTo(field);
                });
    }

    @Test
    void refusesOverlongDescriptionsCountingCharactersNotBytes() throws Exception {
        String emoji = "😀".repeat(Limits.DESCRIPTION_MAX);
        assertThat(AppRequests.parseCreate(json("{'name': 'a', 'description': '" + emoji
                + "'}")).description()).isEqualTo(emoji);
        assertThatThrownBy(() -> AppRequests.parseCreate(json("{'name': 'a', 'description': '"
                + emoji + "x'}"))).isInstanceOf(LaosException.class);
    }

    @Test
    void updatesRefuseRenamingButAcceptTheSameName() throws Exception {
        assertThat(AppRequests.parseUpdate(json("{'app': {'name': 'a', 'description': null}}"),
                "a").description()).isEqualTo("");
        assertThatThrownBy(() -> AppRequests.parseUpdate(json("{'app': {'name': 'b'}}"), "a"))
                .isInstanceOfSatisfying(LaosException.class,
                        e -> assertThat(e.field()).isEqualTo("name"));
    }

    @Test
    void configMergesAndEmptyStringsDelete() {
        Map<String, String> merged = ConfigValidator.merge("config",
                Map.of("KEEP", "1", "CHANGE", "old", "DROP", "x"),
                Map.of("CHANGE", "new", "DROP", "", "ADD", "2"));
        assertThat(merged).isEqualTo(Map.of("KEEP", "1", "CHANGE", "new", "ADD", "2"));
    }
}
