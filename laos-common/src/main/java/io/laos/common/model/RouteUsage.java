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

import java.util.Map;

/**
 * Usage of one route over a time window, computed from its call records.
 *
 * @param callsByStatus    call counts by status (every status present, zero when none)
 * @param totalDurationMs  the summed duration of the finished calls
 * @param p50DurationMs    the median duration of the finished calls (nearest rank), or null
 * @param p99DurationMs    the 99th percentile (nearest rank), or null when none finished
 * @param memoryMbMs       the sum of memory (MiB) times duration (ms); /1000 gives MiB x s
 */
public record RouteUsage(String appName, String routePath, Map<CallStatus, Long> callsByStatus,
                         long totalDurationMs, Long p50DurationMs, Long p99DurationMs,
                         long memoryMbMs) {

    public RouteUsage {
        callsByStatus = Map.copyOf(callsByStatus);
    }

    public long totalCalls() {
        return callsByStatus.values().stream().mapToLong(Long::longValue).sum();
    }
}
