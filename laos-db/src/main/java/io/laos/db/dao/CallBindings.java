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
package io.laos.db.dao;

import io.laos.common.model.Call;
import java.time.Instant;
import org.jdbi.v3.core.statement.SqlStatement;

/** Binds a call's columns ({@link CallDao#VALUES}) to a statement. */
final class CallBindings {
    private CallBindings() {
    }

    static <S extends SqlStatement<S>> S bind(S s, Call c) {
        return s.bind("id", c.id()).bind("projectId", c.projectId())
                .bind("appName", c.appName()).bind("routePath", c.routePath())
                .bind("appId", c.appId()).bind("routeId", c.routeId())
                .bind("type", c.type().value()).bind("status", c.status().value())
                .bind("createdAt", c.createdAt().toEpochMilli())
                .bind("startedAt", millis(c.startedAt()))
                .bind("completedAt", millis(c.completedAt()))
                .bind("durationMs", c.durationMs()).bind("httpStatus", c.httpStatus())
                .bind("error", c.error()).bind("memoryMb", c.memoryMb());
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }
}
