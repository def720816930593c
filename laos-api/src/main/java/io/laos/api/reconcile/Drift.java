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
 * One difference found between the database and the engine.
 *
 * @param project the LaOS project, or null for an engine app LaOS does not own
 * @param app     the LaOS app name (or the engine name for an unowned engine app)
 * @param route   the route path, or null for an app-level drift
 * @param detail  what differs, for the operator; never a config or header value
 */
public record Drift(DriftKind kind, String project, String app, String route, String detail) {
}
