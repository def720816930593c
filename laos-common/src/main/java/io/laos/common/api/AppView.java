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
package io.laos.common.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.laos.common.model.App;
import java.util.Map;

/** An app as the API shows it (inside the {@code "app"} envelope). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AppView(String id, String name, String projectId, String description,
                      Map<String, String> config, String createdAt, String updatedAt) {

    public static AppView of(App app) {
        return new AppView(app.id(), app.name(), app.projectId(), app.description(),
                app.config(), Timestamps.format(app.createdAt()),
                Timestamps.format(app.updatedAt()));
    }
}
