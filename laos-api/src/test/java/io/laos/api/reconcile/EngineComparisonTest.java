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
package io.laos.api.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.laos.common.driver.EngineRoute;
import io.laos.common.model.RouteFormat;
import io.laos.common.model.RouteType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EngineComparisonTest {
    private static final EngineRoute DB = new EngineRoute("/r", "img", RouteType.ASYNC,
            RouteFormat.DEFAULT, 128, 30, 30, 1, Map.of("Content-Type", List.of("text/plain")),
            Map.of("A", "1", "B", ""));

    @Test
    void theWayEnginesStoreRoutesIsNoDrift() {
        EngineRoute engine = new EngineRoute("/r", "img", RouteType.SYNC, null, 128, 30, 30, 1,
                Map.of("content-type", List.of("text/plain")), Map.of("A", "1"));

        assertThat(EngineComparison.routeDifferences(engine, DB)).isEmpty();
    }

    @Test
    void namesEachDifferingField() {
        EngineRoute engine = new EngineRoute("/r", "other", RouteType.SYNC, RouteFormat.HTTP,
                64, 31, 29, 2, Map.of("Content-Type", List.of("text/html")), Map.of("A", "2"));

        assertThat(EngineComparison.routeDifferences(engine, DB)).containsExactly("image",
                "memory", "timeout", "idle_timeout", "max_concurrency", "format", "headers",
                "config");
    }

    @Test
    void configDifferencesNameKeysNeverValues() {
        assertThat(EngineComparison.configDifferences(Map.of("K", "secret1", "SAME", "x",
                "GONE", "y"), Map.of("K", "secret2", "SAME", "x", "NEW", "z", "EMPTY", "")))
                .containsExactly("GONE", "K", "NEW");
    }
}
