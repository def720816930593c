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
package io.laos.api.run;

import io.laos.api.resources.v1.AppResource;
import io.laos.api.resources.v1.RouteResource;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * Drops an app's cached run targets when the app or one of its routes was changed through this
 * process's API (any write that the apps or routes resources answered, successfully or not:
 * a failed write may still have changed something before it failed).
 */
class RunTargetInvalidation implements ContainerResponseFilter {
    private final RunTargets targets;

    RunTargetInvalidation(RunTargets targets) {
        this.targets = targets;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            return;
        }
        boolean appsOrRoutes = request.getUriInfo().getMatchedResources().stream()
                .anyMatch(r -> r instanceof AppResource || r instanceof RouteResource);
        if (!appsOrRoutes) {
            return;
        }
        MultivaluedMap<String, String> params = request.getUriInfo().getPathParameters();
        String project = params.getFirst("project_id");
        String app = params.getFirst("app");
        if (project != null && app != null) {
            targets.invalidate(project, app);
        }
    }
}
