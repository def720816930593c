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
import io.laos.db.JsonColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps an {@code apps} row. */
public class AppMapper implements RowMapper<App> {
    @Override
    public App map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new App(rs.getString("id"), rs.getString("project_id"), rs.getString("name"),
                rs.getString("description"), JsonColumns.readStringMap(rs.getString("config")),
                rs.getString("engine_name"), ResourceState.fromDb(rs.getString("state")),
                Instant.ofEpochMilli(rs.getLong("created_at")),
                Instant.ofEpochMilli(rs.getLong("updated_at")));
    }
}
