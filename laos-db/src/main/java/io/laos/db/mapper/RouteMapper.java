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

import io.laos.common.model.ResourceState;
import io.laos.common.model.Route;
import io.laos.common.model.RouteFormat;
import io.laos.common.model.RouteType;
import io.laos.db.JsonColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a {@code routes} row joined with its app ({@code project_id}, {@code app_name}). */
public class RouteMapper implements RowMapper<Route> {
    @Override
    public Route map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Route(rs.getString("id"), rs.getString("app_id"), rs.getString("project_id"),
                rs.getString("app_name"), rs.getString("path"), rs.getString("image"),
                RouteType.parse(rs.getString("route_type")),
                RouteFormat.parse(rs.getString("route_format")), rs.getLong("memory"),
                rs.getInt("call_timeout"), rs.getInt("idle_timeout"),
                rs.getInt("max_concurrency"), JsonColumns.readListMap(rs.getString("headers")),
                JsonColumns.readStringMap(rs.getString("config")), rs.getBoolean("is_public"),
                ResourceState.fromDb(rs.getString("state")),
                Instant.ofEpochMilli(rs.getLong("created_at")),
                Instant.ofEpochMilli(rs.getLong("updated_at")));
    }
}
