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

import io.laos.api.auth.LaosPrincipal;
import io.laos.api.policy.PolicyEnforcer;
import io.laos.api.policy.PolicyRules;
import io.laos.common.api.UsageView;
import io.laos.common.error.LaosException;
import io.laos.db.dao.UsageQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** A project's usage over a window, from its call records (the last 30 days by default). */
public class UsageService {
    static final Duration DEFAULT_WINDOW = Duration.ofDays(30);

    private final UsageQuery usage;
    private final PolicyEnforcer policy;
    private final Clock clock;

    public UsageService(UsageQuery usage, PolicyEnforcer policy, Clock clock) {
        this.usage = usage;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * @param since inclusive start, or null for {@code until} minus 30 days
     * @param until exclusive end, or null for now
     */
    public UsageView get(LaosPrincipal caller, String projectId, Instant since, Instant until) {
        policy.enforce(PolicyRules.USAGE_GET, caller, projectId);
        Instant end = until == null ? clock.instant() : until;
        Instant start = since == null ? end.minus(DEFAULT_WINDOW) : since;
        if (!start.isBefore(end)) {
            throw LaosException.badRequest("since", "'since' must be before 'until'");
        }
        return UsageView.of(projectId, start, end, usage.usage(projectId, start, end));
    }
}
