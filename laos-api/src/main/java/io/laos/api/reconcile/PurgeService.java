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

import io.laos.common.model.App;
import io.laos.db.dao.RouteDao;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes everything of a project, for after it was deleted in Keystone: each app with its
 * routes, on the engine and in the database (one unit at a time, as the API deletes them),
 * then its call records. An app that fails is reported and left {@code deleting}; the others
 * still go, and running purge (or reconcile) again finishes the job.
 */
public class PurgeService {
    private static final Logger LOG = LoggerFactory.getLogger(PurgeService.class);

    private final InventoryDao inventory;
    private final RouteDao routes;
    private final UnitDeleter deleter;
    private final ProjectCallPurger calls;

    public PurgeService(InventoryDao inventory, RouteDao routes, UnitDeleter deleter,
                        ProjectCallPurger calls) {
        this.inventory = inventory;
        this.routes = routes;
        this.deleter = deleter;
        this.calls = calls;
    }

    public PurgeReport purge(String projectId, boolean dryRun) {
        List<PurgeReport.AppResult> results = new ArrayList<>();
        for (App app : inventory.listApps(projectId)) {
            int routeCount = routes.listAll(app.id()).size();
            String error = null;
            if (!dryRun) {
                try {
                    deleter.deleteApp(app);
                } catch (RuntimeException e) {
                    LOG.warn("purge-project {}: app {} not deleted: {}", projectId, app.id(),
                            e.toString());
                    error = FindingLog.describe(e);
                }
            }
            results.add(new PurgeReport.AppResult(app.name(), app.engineName(),
                    app.state().dbValue(), routeCount, error));
        }
        long callCount = dryRun ? calls.count(projectId) : calls.deleteAll(projectId);
        return new PurgeReport(projectId, dryRun, results, callCount);
    }
}
