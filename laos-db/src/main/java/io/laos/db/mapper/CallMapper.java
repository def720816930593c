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

import io.laos.common.model.Call;
import io.laos.common.model.CallStatus;
import io.laos.common.model.RouteType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a {@code calls} row (the columns of {@link io.laos.db.dao.CallDao#COLUMNS}). */
public class CallMapper implements RowMapper<Call> {
    @Override
    public Call map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Call(rs.getString("id"), rs.getString("project_id"),
                rs.getString("app_name"), rs.getString("route_path"), rs.getString("app_id"),
                rs.getString("route_id"), RouteType.parse(rs.getString("call_type")),
                CallStatus.parse(rs.getString("status")), instant(rs, "created_at"),
                instant(rs, "started_at"), instant(rs, "completed_at"),
                nullableLong(rs, "duration_ms"), nullableInt(rs, "http_status"),
                rs.getString("error_message"), rs.getLong("memory_mb"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Long millis = nullableLong(rs, column);
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
