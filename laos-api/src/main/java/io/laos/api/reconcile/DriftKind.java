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

/**
 * The kinds of drift between the database (the source of truth) and the engine that
 * {@link ReconcileService} finds, each with the repair it makes.
 */
public enum DriftKind {
    /** An active app the engine does not have. */
    APP_MISSING("app-missing", "create the app on the engine"),
    /** An active app whose config differs on the engine. */
    APP_DIFFERS("app-differs", "update the engine's app config to the database's"),
    /** An app row left {@code creating} by a crash: the create never answered success. */
    APP_CREATE_INTERRUPTED("app-creating", "roll back: delete the engine app and the row"),
    /** An app row left {@code deleting} by a crash. */
    APP_DELETE_INTERRUPTED("app-deleting", "finish: delete the engine app and the row"),
    /** An active route the engine does not have. */
    ROUTE_MISSING("route-missing", "create the route on the engine"),
    /** An active route whose fields differ on the engine. */
    ROUTE_DIFFERS("route-differs", "update the engine's route to the database's"),
    /** A route row left {@code creating} by a crash. */
    ROUTE_CREATE_INTERRUPTED("route-creating", "roll back: delete the engine route and the row"),
    /** A route row left {@code deleting} by a crash. */
    ROUTE_DELETE_INTERRUPTED("route-deleting", "finish: delete the engine route and the row"),
    /** A route on the engine, in an app LaOS owns, that the database does not have. */
    ROUTE_UNOWNED("route-unknown", "delete the route from the engine"),
    /** An engine app whose name no LaOS app has: someone else's, or left by an old bug. */
    APP_UNOWNED("engine-app-unknown", "delete the engine app and its routes"),
    /** An app that could not be compared (the engine failed to list its routes). */
    UNCHECKED("unchecked", "compare the app with the engine");

    private final String label;
    private final String repair;

    DriftKind(String label, String repair) {
        this.label = label;
        this.repair = repair;
    }

    /** The short name printed in reports and documented in docs/operations.md. */
    public String label() {
        return label;
    }

    /** What the repair does, as a phrase ("create the app on the engine"). */
    public String repair() {
        return repair;
    }
}
