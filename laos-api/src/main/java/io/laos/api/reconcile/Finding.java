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
 * A drift and what reconcile did about it.
 *
 * @param error why the repair failed (for {@link Outcome#FAILED}), otherwise null
 */
public record Finding(Drift drift, Outcome outcome, String error) {

    /** What happened to a drift. */
    public enum Outcome {
        /** {@code --dry-run}: the repair that a real run would make. */
        WOULD_REPAIR,
        REPAIRED,
        FAILED,
        /** Reported only: left alone on purpose (unowned engine apps without the flag). */
        REPORTED
    }
}
