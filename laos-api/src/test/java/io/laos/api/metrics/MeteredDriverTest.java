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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;

import com.codahale.metrics.MetricRegistry;
import io.laos.api.driver.noop.NoopDriver;
import io.laos.common.driver.EngineApp;
import io.laos.common.driver.FunctionsDriver;
import io.laos.common.error.EngineException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MeteredDriverTest {
    private final MetricRegistry registry = new MetricRegistry();

    @Test
    void timesEveryOperationFromTheStart() {
        MeteredDriver driver = new MeteredDriver(new NoopDriver(), registry);

        assertThat(registry.getTimers().keySet()).containsExactlyInAnyOrder(
                "laos.engine.create_app", "laos.engine.update_app", "laos.engine.delete_app",
                "laos.engine.create_route", "laos.engine.update_route",
                "laos.engine.delete_route", "laos.engine.list_apps", "laos.engine.list_routes",
                "laos.engine.invoke", "laos.engine.health");

        driver.createApp(new EngineApp("a", Map.of()));
        driver.listApps();
        driver.listApps();

        assertThat(registry.timer("laos.engine.create_app").getCount()).isEqualTo(1);
        assertThat(registry.timer("laos.engine.list_apps").getCount()).isEqualTo(2);
        assertThat(driver.listApps()).extracting(EngineApp::name).containsExactly("a");
    }

    @Test
    void countsFailuresByKindPerOperationAndOverall() {
        FunctionsDriver failing = mock(FunctionsDriver.class);
        doThrow(EngineException.unreachable("refused", null)).when(failing)
                .deleteApp(anyString());
        doThrow(EngineException.timeout("slow", null)).when(failing).checkHealth();
        MeteredDriver driver = new MeteredDriver(failing, registry);

        assertThatThrownBy(() -> driver.deleteApp("a")).isInstanceOf(EngineException.class);
        assertThatThrownBy(() -> driver.deleteApp("b")).isInstanceOf(EngineException.class);
        assertThatThrownBy(driver::checkHealth).isInstanceOf(EngineException.class);

        assertThat(registry.meter("laos.engine.delete_app.errors.unavailable").getCount())
                .isEqualTo(2);
        assertThat(registry.meter("laos.engine.health.errors.engine_timeout").getCount())
                .isEqualTo(1);
        assertThat(registry.meter("laos.engine.errors.unavailable").getCount()).isEqualTo(2);
        assertThat(registry.timer("laos.engine.delete_app").getCount()).isEqualTo(2);
    }
}
