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

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.laos.common.model.Route;
import java.util.List;
import java.util.Map;

/** A route as the API shows it (inside the {@code "route"} envelope). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RouteView(String id, String appName, String projectId, String path, String image,
                        String type, String format, long memory, int timeout, int idleTimeout,
                        int maxConcurrency, Map<String, List<String>> headers,
                        Map<String, String> config,
                        @JsonProperty("is_public") boolean isPublic, String createdAt,
                        String updatedAt) {

    public static RouteView of(Route r) {
        return new RouteView(r.id(), r.appName(), r.projectId(), r.path(), r.image(),
                r.type().value(), r.format().value(), r.memory(), r.timeout(), r.idleTimeout(),
                r.maxConcurrency(), r.headers(), r.config(), r.isPublic(),
                Timestamps.format(r.createdAt()), Timestamps.format(r.updatedAt()));
    }
}
