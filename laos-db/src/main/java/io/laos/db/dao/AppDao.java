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

import io.laos.common.model.App;
import io.laos.common.model.ResourceState;
import io.laos.db.JsonColumns;
import io.laos.db.mapper.AppMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Apps, always scoped by project. "Active" queries are what tenants see; the others exist for
 * the write protocol (creating/deleting states) and for operators.
 */
@RegisterRowMapper(AppMapper.class)
public interface AppDao {

    @SqlUpdate("INSERT INTO apps (id, project_id, name, description, config, engine_name, state,"
            + " created_at, updated_at) VALUES (:id, :projectId, :name, :description, :config,"
            + " :engineName, :state, :createdAt, :updatedAt)")
    void insertRow(@Bind("id") String id, @Bind("projectId") String projectId,
                   @Bind("name") String name, @Bind("description") String description,
                   @Bind("config") String config, @Bind("engineName") String engineName,
                   @Bind("state") String state, @Bind("createdAt") long createdAt,
                   @Bind("updatedAt") long updatedAt);

    /** Inserts an app; a taken name (or engine name) fails with a constraint violation. */
    default void insert(App app) {
        insertRow(app.id(), app.projectId(), app.name(), app.description(),
                JsonColumns.write(app.config()), app.engineName(), app.state().dbValue(),
                app.createdAt().toEpochMilli(), app.updatedAt().toEpochMilli());
    }

    @SqlQuery("SELECT * FROM apps WHERE project_id = :projectId AND name = :name")
    Optional<App> findByName(@Bind("projectId") String projectId, @Bind("name") String name);

    /** The app tenants see under this name: only active rows. */
    default Optional<App> findActive(String projectId, String name) {
        return findByName(projectId, name).filter(a -> a.state() == ResourceState.ACTIVE);
    }

    @SqlQuery("SELECT * FROM apps WHERE id = :id")
    Optional<App> findById(@Bind("id") String id);

    @SqlQuery("SELECT * FROM apps WHERE project_id = :projectId AND state = 'active'"
            + " ORDER BY name LIMIT :limit")
    List<App> listFirst(@Bind("projectId") String projectId, @Bind("limit") int limit);

    @SqlQuery("SELECT * FROM apps WHERE project_id = :projectId AND state = 'active'"
            + " AND name > :marker ORDER BY name LIMIT :limit")
    List<App> listAfter(@Bind("projectId") String projectId, @Bind("marker") String marker,
                        @Bind("limit") int limit);

    /** Active apps of a project by name, after {@code marker} (exclusive) when it is not null. */
    default List<App> listActive(String projectId, String marker, int limit) {
        return marker == null ? listFirst(projectId, limit) : listAfter(projectId, marker, limit);
    }

    /** Apps left in an intermediate state (by a crash or a failed compensation). */
    @SqlQuery("SELECT * FROM apps WHERE state <> 'active' ORDER BY project_id, name")
    List<App> listUnsettled();

    /** Moves an app from one state to another; returns 0 when it was not in {@code from}. */
    @SqlUpdate("UPDATE apps SET state = :to WHERE id = :id AND state = :from")
    int updateStateRow(@Bind("id") String id, @Bind("from") String from, @Bind("to") String to);

    default boolean changeState(String id, ResourceState from, ResourceState to) {
        return updateStateRow(id, from.dbValue(), to.dbValue()) == 1;
    }

    @SqlUpdate("UPDATE apps SET description = :description, config = :config,"
            + " updated_at = :updatedAt WHERE id = :id AND state = 'active'"
            + " AND updated_at = :readAt")
    int updateRow(@Bind("id") String id, @Bind("description") String description,
                  @Bind("config") String config, @Bind("updatedAt") long updatedAt,
                  @Bind("readAt") long readAt);

    /**
     * Writes an active app's description and config if nobody changed the app since it was
     * read, i.e. its {@code updated_at} is still {@code readAt} (an optimistic lock: writers
     * make {@code updated_at} strictly increase). False when it changed or is no longer active.
     */
    default boolean update(App app, Instant readAt) {
        return updateRow(app.id(), app.description(), JsonColumns.write(app.config()),
                app.updatedAt().toEpochMilli(), readAt.toEpochMilli()) == 1;
    }

    @SqlUpdate("DELETE FROM apps WHERE id = :id")
    int delete(@Bind("id") String id);

    /** Whether an engine name is already taken (generated names are checked before use). */
    @SqlQuery("SELECT COUNT(*) FROM apps WHERE engine_name = :engineName")
    int countEngineName(@Bind("engineName") String engineName);

}
