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
import io.laos.api.service.RouteService;
import io.laos.common.api.RouteView;
import io.laos.common.model.Route;
import io.laos.common.validation.RouteRequests;
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

/**
 * {@code /v1/{project_id}/apps/{app}/routes}: the routes of an app. A route's path may have
 * several segments ({@code .../routes/a/b}); it is normalised the same way as on create.
 */
@ProjectScoped
@Path("/v1/{project_id}/apps/{app}/routes")
@Produces(MediaType.APPLICATION_JSON)
public class RouteResource {
    private final RouteService routes;

    public RouteResource(RouteService routes) {
        this.routes = routes;
    }

    /** Lists routes by path: 200; {@code limit} and {@code marker} (a path); 404 unknown app. */
    @GET
    public Map<String, Object> list(@Auth LaosPrincipal caller,
                                    @PathParam("project_id") String projectId,
                                    @PathParam("app") String app, @Context UriInfo uri) {
        ListResponses.allowOnly(uri, Set.of("limit", "marker"));
        int limit = ListResponses.limit(uri);
        String marker = uri.getQueryParameters().getFirst("marker");
        return ListResponses.body("routes", routes.list(caller, projectId, app, marker, limit),
                RouteView::of, uri, limit);
    }

    /** Creates a route: 201 with Location; 400 bad input; 404 unknown app; 409 path taken. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Auth LaosPrincipal caller, @PathParam("project_id") String projectId,
                           @PathParam("app") String app, JsonNode body, @Context UriInfo uri) {
        Route route = routes.create(caller, projectId, app, RouteRequests.parseCreate(body));
        return Response.created(uri.getAbsolutePathBuilder().path(route.path()).build())
                .entity(envelope(route, "Route successfully created")).build();
    }

    /** Shows a route: 200; 404 unknown. */
    @GET
    @Path("{route: .+}")
    public Map<String, Object> get(@Auth LaosPrincipal caller,
                                   @PathParam("project_id") String projectId,
                                   @PathParam("app") String app,
                                   @PathParam("route") String path) {
        return envelope(routes.get(caller, projectId, app, path), null);
    }

    /**
     * Updates a route: absent fields stay, {@code null} restores a default, config is merged,
     * headers replaced; the path is immutable. 200; 400; 404.
     */
    @PATCH
    @Path("{route: .+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> update(@Auth LaosPrincipal caller,
                                      @PathParam("project_id") String projectId,
                                      @PathParam("app") String app,
                                      @PathParam("route") String path, JsonNode body) {
        return envelope(routes.update(caller, projectId, app, path, body),
                "Route successfully updated");
    }

    /** The same as PATCH, for clients of Picasso. */
    @PUT
    @Path("{route: .+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> replace(@Auth LaosPrincipal caller,
                                       @PathParam("project_id") String projectId,
                                       @PathParam("app") String app,
                                       @PathParam("route") String path, JsonNode body) {
        return update(caller, projectId, app, path, body);
    }

    /** Deletes a route: 200 with a message; 404 unknown. */
    @DELETE
    @Path("{route: .+}")
    public Map<String, Object> delete(@Auth LaosPrincipal caller,
                                      @PathParam("project_id") String projectId,
                                      @PathParam("app") String app,
                                      @PathParam("route") String path) {
        routes.delete(caller, projectId, app, path);
        return ListResponses.message("Route deleted");
    }

    private static Map<String, Object> envelope(Route route, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("route", RouteView.of(route));
        if (message != null) {
            body.put("message", message);
        }
        return body;
    }
}
