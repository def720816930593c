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

import io.laos.common.model.RunTarget;
import io.laos.db.mapper.RunTargetMapper;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The run path's one read: what {@code /r/{project}/{app}/{path}} names. */
@RegisterRowMapper(RunTargetMapper.class)
public interface RunTargetDao {

    /**
     * The active route at a normalised path of an active app, with the app, in one query over
     * the two unique keys (project, app name) and (app, path).
     */
    @SqlQuery("SELECT r.*, a.project_id AS project_id, a.name AS app_name,"
            + " a.description AS app_description, a.config AS app_config,"
            + " a.engine_name AS app_engine_name, a.state AS app_state,"
            + " a.created_at AS app_created_at, a.updated_at AS app_updated_at"
            + " FROM apps a JOIN routes r ON r.app_id = a.id"
            + " WHERE a.project_id = :projectId AND a.name = :appName AND a.state = 'active'"
            + " AND r.path = :path AND r.state = 'active'")
    Optional<RunTarget> find(@Bind("projectId") String projectId,
                             @Bind("appName") String appName, @Bind("path") String path);
}
