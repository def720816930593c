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
package io.laos.common.model;

import java.time.Instant;
import java.util.Map;

/**
 * An app: a named group of routes inside one project, with config passed to its functions.
 *
 * @param engineName the engine-side name LaOS generated for this app: unique across projects and
 *                   valid for IronFunctions; never shown to tenants
 */
public record App(String id, String projectId, String name, String description,
                  Map<String, String> config, String engineName, ResourceState state,
                  Instant createdAt, Instant updatedAt) {

    public App {
        config = Maps.sortedCopy(config);
    }

    public App withState(ResourceState newState) {
        return new App(id, projectId, name, description, config, engineName, newState, createdAt,
                updatedAt);
    }
}
