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
import io.laos.common.model.CallOutcome;
import io.laos.db.mapper.CallLogMapper;
import io.laos.db.mapper.CallMapper;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.sql.SQLException;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Call records: written once when finished (sync, in batches), or queued, claimed and completed
 * (async). Reads are always scoped by project, so a call id of another project finds nothing.
 */
@RegisterRowMapper(CallMapper.class)
public interface CallDao extends SqlObject {
    String COLUMNS = "id, project_id, app_name, route_path, app_id, route_id, call_type, status,"
            + " created_at, started_at, completed_at, duration_ms, http_status, error_message,"
            + " memory_mb";
    String VALUES = ":id, :projectId, :appName, :routePath, :appId, :routeId, :type, :status,"
            + " :createdAt, :startedAt, :completedAt, :durationMs, :httpStatus, :error,"
            + " :memoryMb";

    /**
     * Writes finished calls and their logs in one transaction (a write-behind batch), with
     * {@link CallBatches}: plain JDBC batches, since binding through JDBI costs more than the
     * insert itself.
     */
    default void insertFinished(List<Call> calls, List<CallLog> logs) {
        try {
            CallBatches.insertFinished(getHandle().getConnection(), calls, logs);
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException("Cannot insert call records", e, null);
        }
    }

    /** Stores a queued async call with the request it must replay. */
    default void insertQueued(Call call, String requestMeta, byte[] requestBody) {
        CallBindings.bind(getHandle().createUpdate("INSERT INTO calls (" + COLUMNS
                + ", request_meta, request_body) VALUES (" + VALUES + ", :meta, :body)"), call)
                .bind("meta", requestMeta).bind("body", requestBody).execute();
    }

    @SqlQuery("SELECT " + COLUMNS + " FROM calls WHERE id = :id AND project_id = :projectId")
    Optional<Call> find(@Bind("projectId") String projectId, @Bind("id") String id);

    /** Any call by id, whatever its project (for the async workers only). */
    @SqlQuery("SELECT " + COLUMNS + " FROM calls WHERE id = :id")
    Optional<Call> findById(@Bind("id") String id);

    /** The stored request of a queued or running async call (empty once it completed). */
    default Optional<StoredRequest> findRequest(String id) {
        return getHandle().createQuery("SELECT request_meta, request_body FROM calls"
                        + " WHERE id = :id AND request_meta IS NOT NULL").bind("id", id)
                .map((rs, ctx) -> new StoredRequest(rs.getString("request_meta"),
                        rs.getBytes("request_body")))
                .findOne();
    }

    /** Takes a queued call for running; false when it is not queued (already taken). */
    @SqlUpdate("UPDATE calls SET status = 'running', started_at = :startedAt, runner = :runner"
            + " WHERE id = :id AND status = 'queued'")
    int claimRow(@Bind("id") String id, @Bind("runner") String runner,
                 @Bind("startedAt") long startedAt);

    default boolean claim(String id, String runner, Instant startedAt) {
        return claimRow(id, runner, startedAt.toEpochMilli()) == 1;
    }

    @SqlUpdate("UPDATE calls SET status = :status, completed_at = :completedAt,"
            + " duration_ms = :durationMs, http_status = :httpStatus, error_message = :error,"
            + " request_meta = NULL, request_body = NULL WHERE id = :id AND status = 'running'")
    int completeRow(@Bind("id") String id, @Bind("status") String status,
                    @Bind("completedAt") long completedAt, @Bind("durationMs") long durationMs,
                    @Bind("httpStatus") int httpStatus, @Bind("error") String error);

    /** Records how a running call ended and drops its stored request. */
    default boolean complete(String id, CallOutcome outcome, Instant startedAt,
                             Instant completedAt) {
        return completeRow(id, outcome.status().value(), completedAt.toEpochMilli(),
                completedAt.toEpochMilli() - startedAt.toEpochMilli(), outcome.httpStatus(),
                outcome.error()) == 1;
    }

    /** The oldest queued calls, after (created_at, id) of {@code after} when not null. */
    default List<Call> listQueued(Call after, int limit) {
        String keyset = after == null ? ""
                : " AND (created_at > :at OR (created_at = :at AND id > :afterId))";
        var query = getHandle().createQuery("SELECT " + COLUMNS + " FROM calls"
                + " WHERE status = 'queued'" + keyset + " ORDER BY created_at, id LIMIT :limit")
                .bind("limit", limit);
        if (after != null) {
            query.bind("at", after.createdAt().toEpochMilli()).bind("afterId", after.id());
        }
        return query.map(new CallMapper()).list();
    }

    /**
     * Ends the calls a runner left running (it stopped without finishing them), as errors. No
     * duration is recorded: how long they really ran is unknown.
     */
    @SqlUpdate("UPDATE calls SET status = 'error', completed_at = :now, error_message = :message,"
            + " request_meta = NULL, request_body = NULL"
            + " WHERE status = 'running' AND runner = :runner")
    int interruptRunning(@Bind("runner") String runner, @Bind("now") long now,
                         @Bind("message") String message);

    @SqlUpdate("INSERT INTO call_logs (call_id, log_text, truncated)"
            + " VALUES (:callId, :text, :truncated)")
    void insertLogRow(@Bind("callId") String callId, @Bind("text") String text,
                      @Bind("truncated") boolean truncated);

    default void insertLog(CallLog log) {
        insertLogRow(log.callId(), log.text(), log.truncated());
    }

    /** A call's log, only through a call of this project. */
    @SqlQuery("SELECT l.call_id, l.log_text, l.truncated FROM call_logs l"
            + " JOIN calls c ON c.id = l.call_id WHERE l.call_id = :id"
            + " AND c.project_id = :projectId")
    @RegisterRowMapper(CallLogMapper.class)
    Optional<CallLog> findLog(@Bind("projectId") String projectId, @Bind("id") String id);

    /**
     * An async call's request as stored until it has run.
     *
     * @param meta the method, query and headers as JSON
     */
    record StoredRequest(String meta, byte[] body) {
    }
}
