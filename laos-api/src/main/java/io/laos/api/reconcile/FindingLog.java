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

import io.laos.common.error.LaosException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records findings, and runs each repair unless this is a dry run. One failed repair never
 * stops the run: it is recorded and the next drift is looked at.
 */
final class FindingLog {
    private static final Logger LOG = LoggerFactory.getLogger(FindingLog.class);

    private final boolean dryRun;
    private final List<Finding> findings = new ArrayList<>();
    private int inProgress;

    FindingLog(boolean dryRun) {
        this.dryRun = dryRun;
    }

    /** Records {@code drift} and repairs it; returns false only when the repair failed. */
    boolean repair(Drift drift, Runnable action) {
        if (dryRun) {
            findings.add(new Finding(drift, Finding.Outcome.WOULD_REPAIR, null));
            return true;
        }
        try {
            action.run();
            findings.add(new Finding(drift, Finding.Outcome.REPAIRED, null));
            return true;
        } catch (RuntimeException e) {
            LOG.warn("Reconcile could not repair {}: {}", drift, e.toString());
            findings.add(new Finding(drift, Finding.Outcome.FAILED, describe(e)));
            return false;
        }
    }

    /** Records {@code drift} without touching it. */
    void reportOnly(Drift drift) {
        findings.add(new Finding(drift, Finding.Outcome.REPORTED, null));
    }

    /** Records something that could not even be compared: a failure of the run. */
    void failed(Drift drift, RuntimeException cause) {
        findings.add(new Finding(drift, Finding.Outcome.FAILED, describe(cause)));
    }

    void inProgress() {
        inProgress++;
    }

    ReconcileReport report() {
        return new ReconcileReport(findings, inProgress);
    }

    /** The client message plus, for an operator tool, the operator detail. */
    static String describe(RuntimeException e) {
        if (e instanceof LaosException le) {
            return le.operatorDetail() == null ? le.getMessage()
                    : le.getMessage() + " (" + le.operatorDetail() + ")";
        }
        return e.toString();
    }
}
