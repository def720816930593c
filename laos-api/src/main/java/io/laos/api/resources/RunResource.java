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
package io.laos.api.resources;

import io.dropwizard.auth.Auth;
import io.laos.api.auth.LaosPrincipal;
import io.laos.api.run.ForwardedHeaders;
import io.laos.api.run.RunRequest;
import io.laos.api.run.RunResult;
import io.laos.api.run.RunService;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * {@code ANY /r/{project_id}/{app}/{route}} and the same under {@code /v1/r/...}: runs a
 * route. Sync routes answer with the function's own status, headers and body (streamed); async
 * routes answer 202 {@code {"call_id"}} with the call's Location. Private routes need a caller
 * that policy allows (401/403); unknown ones are 404. Public routes are normally run before
 * Jersey, by {@code io.laos.api.run.PublicRunHandler}, which answers the same way.
 */
@Path("{prefix: r|v1/r}/{project_id}/{app}/{route: .+}")
public class RunResource {
    private final RunService runs;

    public RunResource(RunService runs) {
        this.runs = runs;
    }

    @GET
    public Response get(@Auth Optional<LaosPrincipal> caller, @PathParam("project_id") String p,
                        @PathParam("app") String app, @PathParam("route") String route,
                        @Context ContainerRequestContext request) {
        return run(caller, p, app, route, request);
    }

    @POST
    public Response post(@Auth Optional<LaosPrincipal> caller, @PathParam("project_id") String p,
                         @PathParam("app") String app, @PathParam("route") String route,
                         @Context ContainerRequestContext request) {
        return run(caller, p, app, route, request);
    }

    @PUT
    public Response put(@Auth Optional<LaosPrincipal> caller, @PathParam("project_id") String p,
                        @PathParam("app") String app, @PathParam("route") String route,
                        @Context ContainerRequestContext request) {
        return run(caller, p, app, route, request);
    }

    @PATCH
    public Response patch(@Auth Optional<LaosPrincipal> caller,
                          @PathParam("project_id") String p, @PathParam("app") String app,
                          @PathParam("route") String route,
                          @Context ContainerRequestContext request) {
        return run(caller, p, app, route, request);
    }

    @DELETE
    public Response delete(@Auth Optional<LaosPrincipal> caller,
                           @PathParam("project_id") String p, @PathParam("app") String app,
                           @PathParam("route") String route,
                           @Context ContainerRequestContext request) {
        return run(caller, p, app, route, request);
    }

    @HEAD
    public Response head(@Auth Optional<LaosPrincipal> caller, @PathParam("project_id") String p,
                         @PathParam("app") String app, @PathParam("route") String route,
                         @Context ContainerRequestContext request) {
        return run(caller, p, app, route, request);
    }

    @OPTIONS
    public Response options(@Auth Optional<LaosPrincipal> caller,
                            @PathParam("project_id") String p, @PathParam("app") String app,
                            @PathParam("route") String route,
                            @Context ContainerRequestContext request) {
        return run(caller, p, app, route, request);
    }

    private Response run(Optional<LaosPrincipal> caller, String projectId, String app,
                         String route, ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        String query = uri.getRawQuery();
        RunRequest run = new RunRequest(request.getMethod(),
                query == null ? uri.getRawPath() : uri.getRawPath() + "?" + query, query,
                ForwardedHeaders.request(request.getHeaders()), request.getEntityStream(),
                request.getLength());
        RunResult result = runs.run(caller, projectId, app, route, run);
        if (result instanceof RunResult.Accepted accepted) {
            Response.ResponseBuilder answer = Response.accepted(
                            Map.of("call_id", accepted.callId()))
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .location(UriBuilder.fromPath("/v1/{project_id}/calls/{call_id}")
                            .build(projectId, accepted.callId()));
            if (accepted.preferenceApplied()) {
                answer.header(RunResult.Accepted.PREFERENCE_APPLIED,
                        RunResult.Accepted.RESPOND_ASYNC);
            }
            return answer.build();
        }
        RunResult.Answered answer = (RunResult.Answered) result;
        Response.ResponseBuilder response = Response.status(answer.status());
        answer.headers().forEach((name, values) -> values.forEach(v -> response.header(name, v)));
        if (request.getMethod().equals("HEAD")) {
            answer.body().discard();
            return response.build();
        }
        StreamingOutput body = out -> answer.body().writeTo(out);
        return response.entity(body).build();
    }
}
