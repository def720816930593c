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

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.auth.Auth;
import io.laos.api.auth.LaosPrincipal;
import io.laos.api.service.AppService;
import io.laos.common.api.AppView;
import io.laos.common.model.App;
import io.laos.common.validation.AppRequests;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** {@code /v1/{project_id}/apps}: the apps of a project. */
@ProjectScoped
@Path("/v1/{project_id}/apps")
@Produces(MediaType.APPLICATION_JSON)
public class AppResource {
    private final AppService apps;

    public AppResource(AppService apps) {
        this.apps = apps;
    }

    /** Lists apps by name: 200; {@code limit} (1-1000, default 100) and {@code marker}. */
    @GET
    public Map<String, Object> list(@Auth LaosPrincipal caller,
                                    @PathParam("project_id") String projectId,
                                    @Context UriInfo uri) {
        ListResponses.allowOnly(uri, Set.of("limit", "marker"));
        int limit = ListResponses.limit(uri);
        String marker = uri.getQueryParameters().getFirst("marker");
        return ListResponses.body("apps", apps.list(caller, projectId, marker, limit),
                AppView::of, uri, limit);
    }

    /** Creates an app: 201 with Location; 400 bad input; 409 name taken in this project. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Auth LaosPrincipal caller, @PathParam("project_id") String projectId,
                           JsonNode body, @Context UriInfo uri) {
        App app = apps.create(caller, projectId, AppRequests.parseCreate(body));
        return Response.created(uri.getAbsolutePathBuilder().path(app.name()).build())
                .entity(envelope(app, "App successfully created")).build();
    }

    /** Shows an app: 200; 404 unknown. */
    @GET
    @Path("{app}")
    public Map<String, Object> get(@Auth LaosPrincipal caller,
                                   @PathParam("project_id") String projectId,
                                   @PathParam("app") String name) {
        return envelope(apps.get(caller, projectId, name), null);
    }

    /** Updates description and config (merged; "" deletes a key): 200; 400; 404. */
    @PATCH
    @Path("{app}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> update(@Auth LaosPrincipal caller,
                                      @PathParam("project_id") String projectId,
                                      @PathParam("app") String name, JsonNode body) {
        App app = apps.update(caller, projectId, name, AppRequests.parseUpdate(body, name));
        return envelope(app, "App successfully updated");
    }

    /** The same as PATCH, for clients of Picasso (a partial body, with or without envelope). */
    @PUT
    @Path("{app}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> replace(@Auth LaosPrincipal caller,
                                       @PathParam("project_id") String projectId,
                                       @PathParam("app") String name, JsonNode body) {
        return update(caller, projectId, name, body);
    }

    /**
     * Deletes an app: 200 with a message; 409 while it has routes unless
     * {@code ?cascade=true}; 404 unknown.
     */
    @DELETE
    @Path("{app}")
    public Map<String, Object> delete(@Auth LaosPrincipal caller,
                                      @PathParam("project_id") String projectId,
                                      @PathParam("app") String name, @Context UriInfo uri) {
        ListResponses.allowOnly(uri, Set.of("cascade"));
        String cascade = uri.getQueryParameters().getFirst("cascade");
        apps.delete(caller, projectId, name, BooleanParams.parse("cascade", cascade));
        return ListResponses.message("App deleted");
    }

    private static Map<String, Object> envelope(App app, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("app", AppView.of(app));
        if (message != null) {
            body.put("message", message);
        }
        return body;
    }
}
