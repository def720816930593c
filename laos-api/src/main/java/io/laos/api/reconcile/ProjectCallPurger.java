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
package io.laos.api.reconcile;

import io.laos.db.dao.CallRetentionDao;
import java.util.List;

/**
 * Deletes every call record (and call log) of a project, in batches so that a project with
 * millions of calls never holds one long lock. The deletes reuse the retention DAO's
 * transactional delete; only the selection by project is purge-project's own.
 */
public class ProjectCallPurger {
    static final int BATCH = 1000;

    private final InventoryDao inventory;
    private final CallRetentionDao retention;
    private final int batchSize;

    public ProjectCallPurger(InventoryDao inventory, CallRetentionDao retention) {
        this(inventory, retention, BATCH);
    }

    ProjectCallPurger(InventoryDao inventory, CallRetentionDao retention, int batchSize) {
        this.inventory = inventory;
        this.retention = retention;
        this.batchSize = batchSize;
    }

    public long count(String projectId) {
        return inventory.countProjectCalls(projectId);
    }

    /** Deletes them all (queued and running ones too: the project is gone); returns how many. */
    public long deleteAll(String projectId) {
        long deleted = 0;
        while (true) {
            List<String> ids = inventory.projectCallIds(projectId, batchSize);
            deleted += retention.delete(ids);
            if (ids.size() < batchSize) {
                return deleted;
            }
        }
    }
}
