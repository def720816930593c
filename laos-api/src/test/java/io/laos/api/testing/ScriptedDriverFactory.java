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
package io.laos.api.testing;

import com.fasterxml.jackson.annotation.JsonTypeName;
import io.dropwizard.core.setup.Environment;
import io.laos.api.driver.FunctionsDriverFactory;
import io.laos.common.driver.FunctionsDriver;

/**
 * {@code driver.type: scripted}. Listed in the test resources' {@code META-INF/services}, so that
 * only the tests' LaOS knows it.
 */
@JsonTypeName("scripted")
public class ScriptedDriverFactory implements FunctionsDriverFactory {
    @Override
    public FunctionsDriver build(Environment environment) {
        return new ScriptedDriver();
    }
}
