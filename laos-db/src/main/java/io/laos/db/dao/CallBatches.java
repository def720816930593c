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
import io.laos.common.model.CallLog;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Batch inserts of finished calls and their logs with plain JDBC (see {@link CallDao}). This is
 * the sync run path's record writer: it runs for every batch, so it makes no more round trips
 * than the transaction needs (JDBI's transaction support also reads and sets the isolation
 * level, three more round trips per batch).
 */
public final class CallBatches {
    private static final String CALLS = "INSERT INTO calls (" + CallDao.COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String LOGS = "INSERT INTO call_logs (call_id, log_text, truncated)"
            + " VALUES (?, ?, ?)";

    private CallBatches() {
    }

    /**
     * Inserts finished calls and their logs in one transaction, on a handle of its own: the
     * record writer's way in, without an on-demand DAO (which builds its proxy machinery anew
     * for every call).
     */
    public static void insertFinished(Jdbi jdbi, List<Call> calls, List<CallLog> logs) {
        try {
            jdbi.useHandle(handle -> insertFinished(handle.getConnection(), calls, logs));
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException("Cannot insert call records", e, null);
        }
    }

    /**
     * Inserts finished calls and their logs in one transaction: the connection's own when it
     * is in one already, else a new one that is committed (or rolled back) here.
     */
    public static void insertFinished(Connection connection, List<Call> calls,
                                      List<CallLog> logs) throws SQLException {
        if (!connection.getAutoCommit()) {
            insert(connection, calls, logs);
            return;
        }
        connection.setAutoCommit(false);
        try {
            insert(connection, calls, logs);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException rollbackFailed) {
                e.addSuppressed(rollbackFailed);
            }
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static void insert(Connection connection, List<Call> calls, List<CallLog> logs)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(CALLS)) {
            for (Call c : calls) {
                ps.setString(1, c.id());
                ps.setString(2, c.projectId());
                ps.setString(3, c.appName());
                ps.setString(4, c.routePath());
                ps.setString(5, c.appId());
                ps.setString(6, c.routeId());
                ps.setString(7, c.type().value());
                ps.setString(8, c.status().value());
                ps.setLong(9, c.createdAt().toEpochMilli());
                setMillis(ps, 10, c.startedAt());
                setMillis(ps, 11, c.completedAt());
                setLong(ps, 12, c.durationMs());
                if (c.httpStatus() == null) {
                    ps.setNull(13, Types.INTEGER);
                } else {
                    ps.setInt(13, c.httpStatus());
                }
                ps.setString(14, c.error());
                ps.setLong(15, c.memoryMb());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        if (logs.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(LOGS)) {
            for (CallLog log : logs) {
                ps.setString(1, log.callId());
                ps.setString(2, log.text());
                ps.setBoolean(3, log.truncated());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void setMillis(PreparedStatement ps, int i, Instant at) throws SQLException {
        setLong(ps, i, at == null ? null : at.toEpochMilli());
    }

    private static void setLong(PreparedStatement ps, int i, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, value);
        }
    }
}
