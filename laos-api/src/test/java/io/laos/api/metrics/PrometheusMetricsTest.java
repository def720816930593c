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
package io.laos.api.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.laos.api.testing.LaosTestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The admin port serves the registry as JSON (/metrics) and Prometheus text. */
class PrometheusMetricsTest {
    private static LaosTestApp app;

    @BeforeAll
    static void start() throws Exception {
        app = LaosTestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void requestTimersAndStatusMetersAppearInBothFormats() {
        assertThat(app.get("/v1/demo/apps").status()).isEqualTo(200);
        assertThat(app.get("/v1/demo/apps/nope").status()).isEqualTo(404);

        LaosTestApp.Response prometheus = app.admin("/metrics/prometheus");

        assertThat(prometheus.status()).isEqualTo(200);
        assertThat(prometheus.header("Content-Type")).startsWith("text/plain");
        assertThat(prometheus.text())
                .contains("# TYPE laos_api_requests_AppResource_list summary")
                .containsPattern("(?m)^laos_api_requests_AppResource_list_count 1$")
                .containsPattern("(?m)^laos_api_requests_AppResource_get_count 1$")
                .containsPattern("(?m)^laos_api_responses_2xx_total [1-9]")
                .containsPattern("(?m)^laos_api_responses_4xx_total [1-9]");
        assertThat(app.admin("/metrics").text()).contains("\"laos.api.requests.AppResource.list\"");
    }
}
