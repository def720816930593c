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

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs on a schedule: deletes the call records older than {@code runs.callRetention}. */
public class RetentionTask implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(RetentionTask.class);

    private final CallPruner pruner;
    private final Duration retention;
    private final Clock clock;

    public RetentionTask(CallPruner pruner, Duration retention, Clock clock) {
        this.pruner = pruner;
        this.retention = retention;
        this.clock = clock;
    }

    @Override
    public void run() {
        // A failure must not end the schedule: log it and try again next time.
        try {
            long deleted = pruner.prune(clock.instant().minus(retention));
            if (deleted > 0) {
                LOG.info("Deleted {} call record(s) older than {}", deleted, retention);
            }
        } catch (RuntimeException e) {
            LOG.error("Deleting old call records failed; will try again", e);
        }
    }
}
