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

import io.laos.common.model.ResourceState;
import io.laos.common.model.Route;
import io.laos.db.JsonColumns;
import io.laos.db.mapper.RouteMapper;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Routes, read joined with their app so each carries its project id and app name. */
@RegisterRowMapper(RouteMapper.class)
public interface RouteDao {
    String SELECT = "SELECT r.*, a.project_id AS project_id, a.name AS app_name"
            + " FROM routes r JOIN apps a ON a.id = r.app_id ";

    /**
     * Inserts a route only while its app is active, so that a route can never be added to an
     * app that is being deleted. Returns 0 when the app is not active.
     */
    @SqlUpdate("INSERT INTO routes (id, app_id, path, image, route_type, route_format, memory,"
            + " call_timeout, idle_timeout, max_concurrency, headers, config, is_public, state,"
            + " created_at, updated_at)"
            + " SELECT :id, :appId, :path, :image, :type, :format, :memory, :timeout,"
            + " :idleTimeout, :maxConcurrency, :headers, :config, :isPublic, :state, :createdAt,"
            + " :updatedAt FROM apps WHERE id = :appId AND state = 'active'")
    int insertRow(@Bind("id") String id, @Bind("appId") String appId, @Bind("path") String path,
                  @Bind("image") String image, @Bind("type") String type,
                  @Bind("format") String format, @Bind("memory") long memory,
                  @Bind("timeout") int timeout, @Bind("idleTimeout") int idleTimeout,
                  @Bind("maxConcurrency") int maxConcurrency, @Bind("headers") String headers,
                  @Bind("config") String config, @Bind("isPublic") boolean isPublic,
                  @Bind("state") String state, @Bind("createdAt") long createdAt,
                  @Bind("updatedAt") long updatedAt);

    /**
     * Inserts a route into an active app. Returns false when the app is not active; a taken
     * path fails with a constraint violation.
     */
    default boolean insert(Route r) {
        return insertRow(r.id(), r.appId(), r.path(), r.image(), r.type().value(),
                r.format().value(), r.memory(), r.timeout(), r.idleTimeout(), r.maxConcurrency(),
                JsonColumns.write(r.headers()), JsonColumns.write(r.config()), r.isPublic(),
                r.state().dbValue(), r.createdAt().toEpochMilli(),
                r.updatedAt().toEpochMilli()) == 1;
    }

    @SqlQuery(SELECT + "WHERE r.app_id = :appId AND r.path = :path")
    Optional<Route> findByPath(@Bind("appId") String appId, @Bind("path") String path);

    default Optional<Route> findActive(String appId, String path) {
        return findByPath(appId, path).filter(r -> r.state() == ResourceState.ACTIVE);
    }

    @SqlQuery(SELECT + "WHERE r.id = :id")
    Optional<Route> findById(@Bind("id") String id);

    @SqlQuery(SELECT + "WHERE r.app_id = :appId AND r.state = 'active' ORDER BY r.path"
            + " LIMIT :limit")
    List<Route> listFirst(@Bind("appId") String appId, @Bind("limit") int limit);

    @SqlQuery(SELECT + "WHERE r.app_id = :appId AND r.state = 'active' AND r.path > :marker"
            + " ORDER BY r.path LIMIT :limit")
    List<Route> listAfter(@Bind("appId") String appId, @Bind("marker") String marker,
                          @Bind("limit") int limit);

    /** Active routes of an app by path, after {@code marker} (exclusive) when not null. */
    default List<Route> listActive(String appId, String marker, int limit) {
        return marker == null ? listFirst(appId, limit) : listAfter(appId, marker, limit);
    }

    /** Every route of an app, whatever its state (for deletes and reconcile). */
    @SqlQuery(SELECT + "WHERE r.app_id = :appId ORDER BY r.path")
    List<Route> listAll(@Bind("appId") String appId);

    @SqlQuery("SELECT COUNT(*) FROM routes WHERE app_id = :appId")
    int countByApp(@Bind("appId") String appId);

    @SqlQuery(SELECT + "WHERE r.state <> 'active' ORDER BY a.project_id, a.name, r.path")
    List<Route> listUnsettled();

    @SqlUpdate("UPDATE routes SET state = :to WHERE id = :id AND state = :from")
    int updateStateRow(@Bind("id") String id, @Bind("from") String from, @Bind("to") String to);

    default boolean changeState(String id, ResourceState from, ResourceState to) {
        return updateStateRow(id, from.dbValue(), to.dbValue()) == 1;
    }

    @SqlUpdate("UPDATE routes SET image = :image, route_type = :type, route_format = :format,"
            + " memory = :memory, call_timeout = :timeout, idle_timeout = :idleTimeout,"
            + " max_concurrency = :maxConcurrency, headers = :headers, config = :config,"
            + " is_public = :isPublic, updated_at = :updatedAt"
            + " WHERE id = :id AND state = 'active' AND updated_at = :readAt")
    int updateRow(@Bind("id") String id, @Bind("image") String image, @Bind("type") String type,
                  @Bind("format") String format, @Bind("memory") long memory,
                  @Bind("timeout") int timeout, @Bind("idleTimeout") int idleTimeout,
                  @Bind("maxConcurrency") int maxConcurrency, @Bind("headers") String headers,
                  @Bind("config") String config, @Bind("isPublic") boolean isPublic,
                  @Bind("updatedAt") long updatedAt, @Bind("readAt") long readAt);

    /**
     * Writes an active route's settings if nobody changed the route since it was read (its
     * {@code updated_at} is still {@code readAt}, as for apps); false when it changed or is no
     * longer active.
     */
    default boolean update(Route r, Instant readAt) {
        return updateRow(r.id(), r.image(), r.type().value(), r.format().value(), r.memory(),
                r.timeout(), r.idleTimeout(), r.maxConcurrency(), JsonColumns.write(r.headers()),
                JsonColumns.write(r.config()), r.isPublic(), r.updatedAt().toEpochMilli(),
                readAt.toEpochMilli()) == 1;
    }

    @SqlUpdate("DELETE FROM routes WHERE id = :id")
    int delete(@Bind("id") String id);
}
