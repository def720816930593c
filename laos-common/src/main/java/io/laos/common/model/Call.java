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

/**
 * The record of one run of a route. Project, app name and route path are copied in, so a
 * record keeps its meaning after the app or route is deleted or renamed.
 *
 * @param type        how the call was run (the route's type at run time)
 * @param startedAt   when the engine was called, or null while queued
 * @param completedAt when the answer was complete, or null until then
 * @param durationMs  {@code completedAt - startedAt}, or null until completed
 * @param httpStatus  the status the function (or LaOS, for engine failures) answered, or null
 * @param error       why the call failed, or null
 * @param memoryMb    the route's memory (MiB) at run time, for usage
 */
public record Call(String id, String projectId, String appName, String routePath, String appId,
                   String routeId, RouteType type, CallStatus status, Instant createdAt,
                   Instant startedAt, Instant completedAt, Long durationMs, Integer httpStatus,
                   String error, long memoryMb) {

    /** A new async call, waiting in the queue. */
    public static Call queued(String id, RunTarget target, Instant createdAt) {
        Route r = target.route();
        return new Call(id, r.projectId(), r.appName(), r.path(), r.appId(), r.id(),
                RouteType.ASYNC, CallStatus.QUEUED, createdAt, null, null, null, null, null,
                r.memory());
    }

    /** A finished call: status, times and outcome. */
    public static Call finished(String id, RunTarget target, RouteType type, Instant createdAt,
                                Instant startedAt, Instant completedAt, CallOutcome outcome) {
        Route r = target.route();
        return new Call(id, r.projectId(), r.appName(), r.path(), r.appId(), r.id(), type,
                outcome.status(), createdAt, startedAt, completedAt,
                completedAt.toEpochMilli() - startedAt.toEpochMilli(), outcome.httpStatus(),
                outcome.error(), r.memory());
    }
}
