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

import io.laos.common.validation.Names;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;

/**
 * Refuses, with 400 naming {@code project_id}, a {@link ProjectScoped} request whose project id
 * LaOS never accepts ({@link Names#requireProjectId}): too long, or {@code r}, whose URLs
 * ({@code /v1/r/...}) are the run path's. One filter rather than a check in each service, so
 * that no project-scoped method (a list, a show, a delete) can forget it.
 *
 * <p>After authentication (a caller without a token still gets 401) and before the method reads
 * the body or the service enforces policy: the answer is the same for everyone, since no such
 * project can hold anything.
 */
@ProjectScoped
@Priority(Priorities.AUTHORIZATION)
public class ProjectIdFilter implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
        Names.requireProjectId(request.getUriInfo().getPathParameters().getFirst("project_id"));
    }
}
