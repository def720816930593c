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

import io.laos.common.model.CallLog;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a {@code call_logs} row. */
public class CallLogMapper implements RowMapper<CallLog> {
    @Override
    public CallLog map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new CallLog(rs.getString("call_id"), rs.getString("log_text"),
                rs.getBoolean("truncated"));
    }
}
