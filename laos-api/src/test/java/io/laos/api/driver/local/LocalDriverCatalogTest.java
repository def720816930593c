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
package io.laos.api.driver.local;

import static io.laos.api.driver.local.LocalEngineFixture.route;
import static io.laos.api.driver.local.LocalEngineFixture.script;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.laos.common.driver.EngineApp;
import io.laos.common.driver.EngineRoute;
import io.laos.common.error.LaosException;
import io.laos.common.model.RouteFormat;
import io.laos.common.model.RouteType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Apps and routes as the local engine keeps them, and which routes it accepts. */
class LocalDriverCatalogTest {
    @TempDir
    Path temp;

    private LocalDriver driver;

    @BeforeEach
    void start() {
        driver = LocalEngineFixture.driver(temp, Map.of("test/cat", script("cat.sh")), Map.of());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void keepsAppsAndRoutesForReconcile() {
        EngineApp app = new EngineApp("a-1", Map.of("k", "v"));
        EngineRoute one = route("/one", "test/cat");
        EngineRoute two = route("/two", "test/cat");

        driver.createApp(app);
        driver.createRoute("a-1", one);
        driver.createRoute("a-1", two);
        driver.updateApp(app, new EngineApp("a-1", Map.of("k", "w")));
        driver.updateRoute("a-1", two, route("/two", "test/cat", 60, 2, Map.of(), Map.of()));
        driver.deleteRoute("a-1", "/one");

        assertThat(driver.listApps()).containsExactly(new EngineApp("a-1", Map.of("k", "w")));
        assertThat(driver.listRoutes("a-1")).singleElement()
                .satisfies(r -> assertThat(r.timeout()).isEqualTo(60));
        assertThat(driver.listRoutes("unknown")).isEmpty();

        driver.deleteApp("a-1");
        driver.deleteApp("a-1");
        driver.deleteRoute("a-1", "/two");
        assertThat(driver.listApps()).isEmpty();
        assertThat(driver.listRoutes("a-1")).isEmpty();
    }

    @Test
    void onlyListedImagesCanBeRouted() {
        assertThat(driver.knowsImage("test/cat")).isTrue();
        assertThat(driver.knowsImage("/bin/sh")).isFalse();
        assertThat(driver.knowsImage(null)).isFalse();
        EngineRoute unknown = route("/x", "iron/hello");

        for (Runnable attempt : List.<Runnable>of(() -> driver.validateRoute(unknown),
                () -> driver.createRoute("a-1", unknown),
                () -> driver.updateRoute("a-1", route("/x", "test/cat"), unknown))) {
            assertThatThrownBy(attempt::run).isInstanceOfSatisfying(LaosException.class, e -> {
                assertThat(e.status()).isEqualTo(400);
                assertThat(e.field()).isEqualTo("image");
                assertThat(e.getMessage()).isEqualTo("Image 'iron/hello' is not available on"
                        + " this LaOS (the operator lists the images the local engine runs)");
            });
        }
        assertThat(driver.listRoutes("a-1")).isEmpty();
    }

    @Test
    void hotFormatRoutesAreRefused() {
        EngineRoute hot = new EngineRoute("/hot", "test/cat", RouteType.SYNC, RouteFormat.HTTP,
                128, 30, 30, 1, Map.of(), Map.of());

        assertThatThrownBy(() -> driver.validateRoute(hot)).isInstanceOfSatisfying(
                LaosException.class, e -> assertThat(e.field()).isEqualTo("format"));
    }

    @Test
    void isHealthyUntilClosed() {
        driver.checkHealth();
        driver.close();
        assertThatThrownBy(driver::checkHealth).isInstanceOf(LaosException.class);
    }
}
