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
package io.laos.api.driver;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.dropwizard.jackson.Discoverable;
import io.dropwizard.core.setup.Environment;
import io.laos.common.driver.FunctionsDriver;

/**
 * Builds the functions driver named by {@code driver.type} in the config. A new engine is a new
 * implementation annotated with {@code @JsonTypeName} and listed in
 * {@code META-INF/services/io.laos.api.driver.FunctionsDriverFactory}; nothing else changes.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
public interface FunctionsDriverFactory extends Discoverable {

    /**
     * Builds the driver. It may register managed objects (pools, threads) and health checks
     * with {@code environment}; LaOS closes the driver on shutdown.
     */
    FunctionsDriver build(Environment environment);
}
