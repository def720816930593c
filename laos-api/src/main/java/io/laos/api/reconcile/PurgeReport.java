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

import java.util.List;

/**
 * What purge-project removed (or, in a dry run, would remove).
 *
 * @param calls the call records deleted (or present, in a dry run)
 */
public record PurgeReport(String projectId, boolean dryRun, List<AppResult> apps, long calls) {

    /**
     * One app of the project.
     *
     * @param routes its routes (in any state)
     * @param error  why it could not be deleted, or null
     */
    public record AppResult(String name, String engineName, String state, int routes,
                            String error) {
    }

    public PurgeReport {
        apps = List.copyOf(apps);
    }

    public boolean ok() {
        return apps.stream().allMatch(a -> a.error() == null);
    }

    public int routes() {
        return apps.stream().mapToInt(AppResult::routes).sum();
    }
}
