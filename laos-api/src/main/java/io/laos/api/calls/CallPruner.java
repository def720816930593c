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
package io.laos.api.calls;

import io.laos.db.dao.CallRetentionDao;
import java.time.Instant;
import java.util.List;

/**
 * Deletes finished call records (and their logs) created before a cutoff, one bounded batch
 * per transaction. Used by the retention task and by the {@code calls prune} admin command.
 */
public class CallPruner {
    static final int BATCH = 1000;

    private final CallRetentionDao retention;
    private final int batchSize;

    public CallPruner(CallRetentionDao retention) {
        this(retention, BATCH);
    }

    CallPruner(CallRetentionDao retention, int batchSize) {
        this.retention = retention;
        this.batchSize = batchSize;
    }

    /** Deletes what is older than {@code cutoff}; returns how many calls went. */
    public long prune(Instant cutoff) {
        long deleted = 0;
        while (true) {
            List<String> ids = retention.listExpired(cutoff.toEpochMilli(), batchSize);
            deleted += retention.delete(ids);
            if (ids.size() < batchSize) {
                return deleted;
            }
        }
    }
}
