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
import io.laos.common.model.Call;

/** A call record as the API shows it (inside the {@code "call"} envelope). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CallView(String id, String projectId, String appName, String path, String type,
                       String status, String createdAt, String startedAt, String completedAt,
                       Long durationMs, Integer httpStatus, String error, long memory) {

    public static CallView of(Call c) {
        return new CallView(c.id(), c.projectId(), c.appName(), c.routePath(), c.type().value(),
                c.status().value(), Timestamps.format(c.createdAt()),
                Timestamps.format(c.startedAt()), Timestamps.format(c.completedAt()),
                c.durationMs(), c.httpStatus(), c.error(), c.memoryMb());
    }
}
