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
 * What a reconcile run found and did.
 *
 * @param findings   every drift, in the order found (apps by project and name, then the
 *                   engine apps LaOS does not own)
 * @param inProgress rows left alone because they are younger than the grace period
 */
public record ReconcileReport(List<Finding> findings, int inProgress) {

    public ReconcileReport {
        findings = List.copyOf(findings);
    }

    public long count(Finding.Outcome outcome) {
        return findings.stream().filter(f -> f.outcome() == outcome).count();
    }

    /** No drift at all. */
    public boolean inSync() {
        return findings.isEmpty();
    }

    /** Nothing failed: in sync, repaired, or (dry run) repairable. Decides the exit status. */
    public boolean ok() {
        return count(Finding.Outcome.FAILED) == 0;
    }

    public List<Finding> of(DriftKind kind) {
        return findings.stream().filter(f -> f.drift().kind() == kind).toList();
    }
}
