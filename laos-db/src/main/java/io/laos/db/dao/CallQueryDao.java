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
import io.laos.db.mapper.CallMapper;
import java.util.List;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.sqlobject.SqlObject;

/**
 * The calls listing: newest first, keyset-paginated on (created_at DESC, id DESC) over the
 * index (project_id, created_at, id). The SQL is assembled from fixed fragments; every value is
 * a bound parameter.
 */
public interface CallQueryDao extends SqlObject {

    default List<Call> list(CallFilter f) {
        StringBuilder sql = new StringBuilder("SELECT " + CallDao.COLUMNS
                + " FROM calls WHERE project_id = :projectId");
        if (f.appName() != null) {
            sql.append(" AND app_name = :appName");
        }
        if (f.routePath() != null) {
            sql.append(" AND route_path = :routePath");
        }
        if (f.status() != null) {
            sql.append(" AND status = :status");
        }
        if (f.since() != null) {
            sql.append(" AND created_at >= :since");
        }
        if (f.until() != null) {
            sql.append(" AND created_at < :until");
        }
        if (f.marker() != null) {
            sql.append(" AND (created_at < :markerAt OR (created_at = :markerAt"
                    + " AND id < :markerId))");
        }
        sql.append(" ORDER BY created_at DESC, id DESC LIMIT :limit");
        Query q = getHandle().createQuery(sql.toString()).bind("projectId", f.projectId())
                .bind("limit", f.limit());
        if (f.appName() != null) {
            q.bind("appName", f.appName());
        }
        if (f.routePath() != null) {
            q.bind("routePath", f.routePath());
        }
        if (f.status() != null) {
            q.bind("status", f.status().value());
        }
        if (f.since() != null) {
            q.bind("since", f.since().toEpochMilli());
        }
        if (f.until() != null) {
            q.bind("until", f.until().toEpochMilli());
        }
        if (f.marker() != null) {
            q.bind("markerAt", f.marker().createdAt().toEpochMilli())
                    .bind("markerId", f.marker().id());
        }
        return q.map(new CallMapper()).list();
    }
}
