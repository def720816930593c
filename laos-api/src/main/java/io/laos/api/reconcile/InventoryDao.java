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
package io.laos.api.reconcile;

import io.laos.common.model.App;
import io.laos.db.mapper.AppMapper;
import java.util.List;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The operator's view of the database: apps across projects and in every state (which the
 * tenant DAOs never show), and a project's call records. Used by the admin commands only,
 * never on a request path.
 */
@RegisterRowMapper(AppMapper.class)
public interface InventoryDao extends SqlObject {

    /** One app with its number of routes (in any state). */
    record AppSummary(String projectId, String name, String state, String engineName,
                      int routes) {
    }

    /** Every app in every state, by project and name. */
    @SqlQuery("SELECT * FROM apps ORDER BY project_id, name")
    List<App> listApps();

    /** A project's apps in every state, by name. */
    @SqlQuery("SELECT * FROM apps WHERE project_id = :projectId ORDER BY name")
    List<App> listApps(@Bind("projectId") String projectId);

    /**
     * Apps with their route counts, for one project or (null) all: one query, so that
     * listing ten thousand apps is one round trip.
     */
    default List<AppSummary> summaries(String projectId) {
        String where = projectId == null ? "" : " WHERE a.project_id = :projectId";
        Query query = getHandle().createQuery("SELECT a.project_id, a.name, a.state,"
                + " a.engine_name, COUNT(r.id) AS route_count"
                + " FROM apps a LEFT JOIN routes r ON r.app_id = a.id" + where
                + " GROUP BY a.project_id, a.name, a.state, a.engine_name"
                + " ORDER BY a.project_id, a.name");
        if (projectId != null) {
            query.bind("projectId", projectId);
        }
        return query.map((rs, ctx) -> new AppSummary(rs.getString("project_id"),
                rs.getString("name"), rs.getString("state"), rs.getString("engine_name"),
                rs.getInt("route_count"))).list();
    }

    /** The first {@code limit} call ids of a project, in any status (for purge-project). */
    @SqlQuery("SELECT id FROM calls WHERE project_id = :projectId ORDER BY created_at, id"
            + " LIMIT :limit")
    List<String> projectCallIds(@Bind("projectId") String projectId, @Bind("limit") int limit);

    @SqlQuery("SELECT COUNT(*) FROM calls WHERE project_id = :projectId")
    long countProjectCalls(@Bind("projectId") String projectId);
}
