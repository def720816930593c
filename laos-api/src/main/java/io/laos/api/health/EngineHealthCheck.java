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
package io.laos.api.health;

import com.codahale.metrics.health.HealthCheck;
import io.laos.common.driver.FunctionsDriver;
import io.laos.common.error.LaosException;

/** The functions engine answers (admin port, {@code /healthcheck}). */
public class EngineHealthCheck extends HealthCheck {
    private final FunctionsDriver driver;

    public EngineHealthCheck(FunctionsDriver driver) {
        this.driver = driver;
    }

    @Override
    protected Result check() {
        try {
            driver.checkHealth();
            return Result.healthy();
        } catch (LaosException e) {
            return Result.unhealthy(e.getMessage());
        }
    }
}
