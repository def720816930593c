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
import io.laos.common.model.CallStatus;
import io.laos.common.model.RouteUsage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A project's usage over a window (inside the {@code "usage"} envelope): one entry per route
 * that was called, and the project's totals.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record UsageView(String projectId, String since, String until, List<RouteEntry> routes,
                        Totals totals) {

    /** One route's figures. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record RouteEntry(String appName, String path, Map<String, Long> calls,
                             Durations durationMs, BigDecimal memoryMibSeconds) {
    }

    /** Durations of the finished calls, in milliseconds; percentiles are null with none. */
    public record Durations(long total, Long p50, Long p99) {
    }

    /** The whole project's figures. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Totals(Map<String, Long> calls, long durationMs, BigDecimal memoryMibSeconds) {
    }

    public static UsageView of(String projectId, Instant since, Instant until,
                               List<RouteUsage> usage) {
        Map<CallStatus, Long> all = new LinkedHashMap<>();
        long duration = 0;
        long memory = 0;
        List<RouteEntry> routes = new ArrayList<>();
        for (RouteUsage u : usage) {
            u.callsByStatus().forEach((s, n) -> all.merge(s, n, Long::sum));
            duration += u.totalDurationMs();
            memory += u.memoryMbMs();
            routes.add(new RouteEntry(u.appName(), u.routePath(), counts(u.callsByStatus()),
                    new Durations(u.totalDurationMs(), u.p50DurationMs(), u.p99DurationMs()),
                    mibSeconds(u.memoryMbMs())));
        }
        return new UsageView(projectId, Timestamps.format(since), Timestamps.format(until),
                routes, new Totals(counts(all), duration, mibSeconds(memory)));
    }

    /** Counts in a fixed order, every status present, plus the total. */
    private static Map<String, Long> counts(Map<CallStatus, Long> byStatus) {
        Map<String, Long> out = new LinkedHashMap<>();
        long total = 0;
        for (CallStatus s : CallStatus.values()) {
            long n = byStatus.getOrDefault(s, 0L);
            out.put(s.value(), n);
            total += n;
        }
        out.put("total", total);
        return out;
    }

    /** MiB x ms to MiB x s, exactly (three decimals at most). */
    private static BigDecimal mibSeconds(long mbMs) {
        BigDecimal v = BigDecimal.valueOf(mbMs, 3).stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }
}
