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

import io.laos.common.driver.EngineApp;
import io.laos.common.driver.EngineRoute;
import io.laos.common.driver.FunctionsDriver;
import io.laos.common.model.App;
import io.laos.db.dao.RouteDao;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Whole-state copies of the engine and of a project's rows, to prove a dry run changed nothing. */
final class Snapshots {

    private Snapshots() {
    }

    static Map<String, Object> engine(FunctionsDriver engine) {
        Map<String, Object> state = new TreeMap<>();
        for (EngineApp app : engine.listApps()) {
            Set<EngineRoute> routes = new HashSet<>(engine.listRoutes(app.name()));
            state.put(app.name(), List.of(app, routes));
        }
        return state;
    }

    static Map<String, Object> rows(InventoryDao inventory, RouteDao routes, String project) {
        Map<String, Object> state = new TreeMap<>();
        for (App app : inventory.listApps(project)) {
            state.put(app.name(), List.of(app, routes.listAll(app.id())));
        }
        return state;
    }
}
