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
package io.laos.db.mapper;

import io.laos.common.model.App;
import io.laos.common.model.ResourceState;
import io.laos.common.model.Route;
import io.laos.common.model.RunTarget;
import io.laos.db.JsonColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a route row joined with its app's columns (aliased {@code app_*}). */
public class RunTargetMapper implements RowMapper<RunTarget> {
    private final RouteMapper routes = new RouteMapper();

    @Override
    public RunTarget map(ResultSet rs, StatementContext ctx) throws SQLException {
        Route route = routes.map(rs, ctx);
        App app = new App(route.appId(), route.projectId(), route.appName(),
                rs.getString("app_description"),
                JsonColumns.readStringMap(rs.getString("app_config")),
                rs.getString("app_engine_name"), ResourceState.fromDb(rs.getString("app_state")),
                Instant.ofEpochMilli(rs.getLong("app_created_at")),
                Instant.ofEpochMilli(rs.getLong("app_updated_at")));
        return new RunTarget(app, route);
    }
}
