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
package io.laos.api.auth.noauth;

import io.dropwizard.auth.AuthFilter;
import io.dropwizard.auth.Authenticator;
import io.laos.api.auth.LaosPrincipal;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** Makes every request a caller of the project named by the {@code project_id} path segment. */
@Priority(Priorities.AUTHENTICATION)
public class NoAuthFilter extends AuthFilter<String, LaosPrincipal> {
    static final String NOAUTH_USER = "noauth";

    @Override
    public void filter(ContainerRequestContext request) {
        String project = request.getUriInfo().getPathParameters().getFirst("project_id");
        if (!authenticate(request, project == null ? "" : project, "noauth")) {
            throw unauthorizedHandler.buildException(prefix, realm);
        }
    }

    static Authenticator<String, LaosPrincipal> authenticator(List<String> roles) {
        return project -> Optional.of(new LaosPrincipal(NOAUTH_USER,
                project.isEmpty() ? null : project, new HashSet<>(roles), null));
    }

    /** Builds the filter the Dropwizard way. */
    public static class Builder extends AuthFilterBuilder<String, LaosPrincipal, NoAuthFilter> {
        @Override
        protected NoAuthFilter newInstance() {
            return new NoAuthFilter();
        }
    }
}
