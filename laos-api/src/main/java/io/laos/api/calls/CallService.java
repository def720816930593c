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
import io.laos.api.service.Pagination;
import io.laos.common.error.LaosException;
import io.laos.common.model.Call;
import io.laos.common.model.CallLog;
import io.laos.common.model.Page;
import io.laos.db.dao.CallDao;
import io.laos.db.dao.CallFilter;
import io.laos.db.dao.CallQueryDao;

/**
 * Call records as tenants see them: only their project's, so a call id of another project is
 * simply not found (never 403, which would tell that it exists).
 */
public class CallService {
    private final CallDao calls;
    private final CallQueryDao query;
    private final PolicyEnforcer policy;

    public CallService(CallDao calls, CallQueryDao query, PolicyEnforcer policy) {
        this.calls = calls;
        this.query = query;
        this.policy = policy;
    }

    /**
     * Lists calls newest first. {@code filter.marker()} is ignored: the marker is the id in
     * {@code markerId}, which must name a call of this project (400 otherwise).
     */
    public Page<Call> list(LaosPrincipal caller, CallFilter filter, String markerId) {
        policy.enforce(PolicyRules.CALLS_LIST, caller, filter.projectId());
        Call marker = null;
        if (markerId != null) {
            marker = calls.find(filter.projectId(), markerId).orElseThrow(() ->
                    LaosException.badRequest("marker", "'marker' names no call of this project"));
        }
        CallFilter page = new CallFilter(filter.projectId(), filter.appName(),
                filter.routePath(), filter.status(), filter.since(), filter.until(), marker,
                filter.limit() + 1);
        return Pagination.page(query.list(page), filter.limit(), Call::id);
    }

    public Call get(LaosPrincipal caller, String projectId, String callId) {
        policy.enforce(PolicyRules.CALLS_GET, caller, projectId);
        return find(projectId, callId);
    }

    /** A call's function log: 404 when the call is unknown or has no log. */
    public CallLog log(LaosPrincipal caller, String projectId, String callId) {
        policy.enforce(PolicyRules.CALLS_GET, caller, projectId);
        find(projectId, callId);
        return calls.findLog(projectId, callId).orElseThrow(() ->
                LaosException.notFound("Call '" + callId + "' has no log"));
    }

    private Call find(String projectId, String callId) {
        return calls.find(projectId, callId).orElseThrow(() ->
                LaosException.notFound("Call '" + callId + "' not found"));
    }
}
