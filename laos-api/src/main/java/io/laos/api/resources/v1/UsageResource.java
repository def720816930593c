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
import io.laos.api.calls.UsageService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.Set;

/** {@code /v1/{project_id}/usage}: call counts, durations and memory-time per route. */
@ProjectScoped
@Path("/v1/{project_id}/usage")
@Produces(MediaType.APPLICATION_JSON)
public class UsageResource {
    private final UsageService usage;

    public UsageResource(UsageService usage) {
        this.usage = usage;
    }

    /**
     * Usage of the calls created in [{@code since}, {@code until}) (ISO-8601; default the last
     * 30 days): 200; 400 for a bad or unknown parameter.
     */
    @GET
    public Map<String, Object> get(@Auth LaosPrincipal caller,
                                   @PathParam("project_id") String projectId,
                                   @Context UriInfo uri) {
        ListResponses.allowOnly(uri, Set.of("since", "until"));
        var q = uri.getQueryParameters();
        return Map.of("usage", usage.get(caller, projectId,
                TimeParams.parse("since", q.getFirst("since")),
                TimeParams.parse("until", q.getFirst("until"))));
    }
}
