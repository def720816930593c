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
package io.laos.api.resources.v1;

import io.dropwizard.auth.Auth;
import io.laos.api.auth.LaosPrincipal;
import io.laos.api.calls.CallService;
import io.laos.common.api.CallLogView;
import io.laos.common.api.CallView;
import io.laos.common.error.LaosException;
import io.laos.common.model.CallStatus;
import io.laos.common.validation.RoutePaths;
import io.laos.db.dao.CallFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.Set;

/** {@code /v1/{project_id}/calls}: the records of a project's runs, newest first. */
@ProjectScoped
@Path("/v1/{project_id}/calls")
@Produces(MediaType.APPLICATION_JSON)
public class CallResource {
    private static final Set<String> PARAMS = Set.of("app", "route", "status", "since",
            "until", "limit", "marker");

    private final CallService calls;

    public CallResource(CallService calls) {
        this.calls = calls;
    }

    /**
     * Lists calls: 200. Filters {@code app}, {@code route} (a path), {@code status},
     * {@code since} (inclusive) and {@code until} (exclusive, ISO-8601); {@code limit} (1-1000,
     * default 100) and {@code marker} (a call id). 400 for anything else.
     */
    @GET
    public Map<String, Object> list(@Auth LaosPrincipal caller,
                                    @PathParam("project_id") String projectId,
                                    @Context UriInfo uri) {
        ListResponses.allowOnly(uri, PARAMS);
        MultivaluedMap<String, String> q = uri.getQueryParameters();
        int limit = ListResponses.limit(uri);
        String route = q.getFirst("route");
        CallFilter filter = new CallFilter(projectId, q.getFirst("app"),
                route == null ? null : RoutePaths.normalise("route", route),
                status(q.getFirst("status")), TimeParams.parse("since", q.getFirst("since")),
                TimeParams.parse("until", q.getFirst("until")), null, limit);
        return ListResponses.body("calls", calls.list(caller, filter, q.getFirst("marker")),
                CallView::of, uri, limit);
    }

    /** Shows a call: 200; 404 unknown (or of another project). */
    @GET
    @Path("{call_id}")
    public Map<String, Object> get(@Auth LaosPrincipal caller,
                                   @PathParam("project_id") String projectId,
                                   @PathParam("call_id") String callId) {
        return Map.of("call", CallView.of(calls.get(caller, projectId, callId)));
    }

    /** A call's function log ({@code truncated} when it was cut): 200; 404 when none. */
    @GET
    @Path("{call_id}/log")
    public Map<String, Object> log(@Auth LaosPrincipal caller,
                                   @PathParam("project_id") String projectId,
                                   @PathParam("call_id") String callId) {
        return Map.of("log", CallLogView.of(calls.log(caller, projectId, callId)));
    }

    private static CallStatus status(String raw) {
        if (raw == null) {
            return null;
        }
        CallStatus status = CallStatus.parse(raw);
        if (status == null) {
            throw LaosException.badRequest("status", "'status' must be one of queued, running,"
                    + " success, error, timeout");
        }
        return status;
    }
}
