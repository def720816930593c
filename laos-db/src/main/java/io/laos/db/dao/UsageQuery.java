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

import io.laos.common.model.CallStatus;
import io.laos.common.model.RouteUsage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Usage figures from the call records of a window ({@code since} inclusive, {@code until}
 * exclusive, on {@code created_at}). Sums come from one GROUP BY; each percentile is the exact
 * nearest-rank value, read as {@code ORDER BY duration_ms LIMIT 1 OFFSET rank-1}: portable SQL
 * that H2, MariaDB and PostgreSQL all run, with no durations held in memory.
 */
public final class UsageQuery {
    private static final String WINDOW = " FROM calls WHERE project_id = :projectId"
            + " AND created_at >= :since AND created_at < :until";

    private final Jdbi jdbi;

    public UsageQuery(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** One route of the result, while it is being assembled. */
    private static final class Group {
        final String app;
        final String path;
        final Map<CallStatus, Long> counts = new EnumMap<>(CallStatus.class);
        long finished;
        long totalMs;
        long memoryMbMs;

        Group(String app, String path) {
            this.app = app;
            this.path = path;
        }
    }

    /** Per route (by app name, then path), the figures of the project's calls in the window. */
    public List<RouteUsage> usage(String projectId, Instant since, Instant until) {
        return jdbi.withHandle(h -> {
            // Keyed by "app \0 path": sorted by app name, then path, the same on every database.
            Map<String, Group> groups = new TreeMap<>();
            h.createQuery("SELECT app_name, route_path, status, COUNT(*) AS calls,"
                            + " COUNT(duration_ms) AS finished,"
                            + " COALESCE(SUM(duration_ms), 0) AS total_ms,"
                            + " COALESCE(SUM(memory_mb * duration_ms), 0) AS memory_mb_ms"
                            + WINDOW + " GROUP BY app_name, route_path, status")
                    .bind("projectId", projectId).bind("since", since.toEpochMilli())
                    .bind("until", until.toEpochMilli())
                    .map((rs, ctx) -> {
                        String app = rs.getString("app_name");
                        String path = rs.getString("route_path");
                        Group g = groups.computeIfAbsent(app + '\0' + path,
                                k -> new Group(app, path));
                        g.counts.merge(CallStatus.parse(rs.getString("status")),
                                rs.getLong("calls"), Long::sum);
                        g.finished += rs.getLong("finished");
                        g.totalMs += rs.getLong("total_ms");
                        g.memoryMbMs += rs.getLong("memory_mb_ms");
                        return g;
                    }).list();
            List<RouteUsage> out = new ArrayList<>();
            for (Group g : groups.values()) {
                out.add(new RouteUsage(g.app, g.path, g.counts, g.totalMs,
                        percentile(h, projectId, since, until, g, 50),
                        percentile(h, projectId, since, until, g, 99), g.memoryMbMs));
            }
            return out;
        });
    }

    /** The nearest-rank percentile: the value at rank ceil(p/100 x n) of the sorted durations. */
    private static Long percentile(Handle h, String projectId, Instant since, Instant until,
                                   Group g, int p) {
        if (g.finished == 0) {
            return null;
        }
        long rank = (p * g.finished + 99) / 100;
        return h.createQuery("SELECT duration_ms" + WINDOW
                        + " AND app_name = :app AND route_path = :path"
                        + " AND duration_ms IS NOT NULL ORDER BY duration_ms"
                        + " LIMIT 1 OFFSET :offset")
                .bind("projectId", projectId).bind("since", since.toEpochMilli())
                .bind("until", until.toEpochMilli()).bind("app", g.app).bind("path", g.path)
                .bind("offset", rank - 1).mapTo(Long.class).one();
    }
}
