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

import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/**
 * Deletes old call records in bounded batches. Ids are selected first and deleted by id,
 * because MariaDB refuses {@code LIMIT} inside an {@code IN} subquery and a single unbounded
 * delete would hold locks on millions of rows.
 */
public interface CallRetentionDao {

    /**
     * Finished calls created before {@code cutoff} (queued and running ones are live work), in
     * no particular order: the index on (status, created_at) then finds a batch without
     * sorting every expired record first.
     */
    @SqlQuery("SELECT id FROM calls WHERE status IN ('success', 'error', 'timeout')"
            + " AND created_at < :cutoff LIMIT :limit")
    List<String> listExpired(@Bind("cutoff") long cutoff, @Bind("limit") int limit);

    @SqlUpdate("DELETE FROM call_logs WHERE call_id IN (<ids>)")
    int deleteLogs(@BindList("ids") List<String> ids);

    @SqlUpdate("DELETE FROM calls WHERE id IN (<ids>)")
    int deleteCalls(@BindList("ids") List<String> ids);

    /** Deletes calls and their logs; returns how many calls went. */
    @Transaction
    default int delete(List<String> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        deleteLogs(ids);
        return deleteCalls(ids);
    }
}
