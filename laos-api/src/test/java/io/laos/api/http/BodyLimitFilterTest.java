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
package io.laos.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which paths escape the control plane's body cap: runs, by their shape, and nothing else. */
class BodyLimitFilterTest {
    @ParameterizedTest
    @ValueSource(strings = {"r/p/a/x", "/r/p/a/x", "v1/r/p/a/x", "/v1/r/p/a/x/y",
        "v1/r/apps/a/routes", "v1/r/p/a/x/", "r/p/a/%2F"})
    void runShapedPathsAreRuns(String path) {
        assertThat(BodyLimitFilter.isRunPath(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"v1/r/apps", "/v1/r/apps", "v1/r/apps/a", "v1/r/p/a/", "v1/r/p/a",
        "v1/r/p//x", "v1/r//a/x", "v1/r/", "r/", "r/p%2Fa/x", "v1/p/apps", "v1/rr/apps/a/routes",
        "v1/R/p/a/x", "x/r/p/a/x", ""})
    void everythingElseIsNot(String path) {
        assertThat(BodyLimitFilter.isRunPath(path)).isFalse();
    }
}
