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

import io.laos.common.error.LaosException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RoutePathsTest {

    @ParameterizedTest
    @CsvSource({
        "/hello, /hello",
        "hello, /hello",
        "/hello/, /hello",
        "//a//b//, /a/b",
        "/a/b/c, /a/b/c",
        "/v1.2/x_y-z~, /v1.2/x_y-z~",
        "/user@host, /user@host",
    })
    void normalisesOnce(String raw, String expected) {
        String once = RoutePaths.normalise("path", raw);
        assertThat(once).isEqualTo(expected);
        assertThat(RoutePaths.normalise("path", once)).isEqualTo(once);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/a/../b", "/./a", "/a/..", "/:id", "/a/b:c", "/a b", "/a%20b",
        "/a?b", "/a#b", "/a;b", "/a*", "/é", "/", "///", ""})
    void refusesWhatCouldNotBeFetchedAgain(String raw) {
        assertThatThrownBy(() -> RoutePaths.normalise("path", raw))
                .isInstanceOfSatisfying(LaosException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.field()).isEqualTo("path");
                    assertThat(e.getMessage()).contains("path");
                });
    }

    @org.junit.jupiter.api.Test
    void capsTheLength() {
        String ok = "/" + "a".repeat(Limits.PATH_MAX - 1);
        assertThat(RoutePaths.normalise("path", ok)).hasSize(Limits.PATH_MAX);
        assertThatThrownBy(() -> RoutePaths.normalise("path", ok + "b"))
                .isInstanceOf(LaosException.class).hasMessageContaining("at most");
    }
}
