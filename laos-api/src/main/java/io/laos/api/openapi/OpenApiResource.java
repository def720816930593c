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
package io.laos.api.openapi;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;

/**
 * Serves the generated OpenAPI document at {@code /api/openapi.json} and
 * {@code /api/openapi.yaml}, without a token (no {@code @Auth} parameter, so the auth filter
 * never applies). The document is generated on the first request, after every resource has
 * been registered, and kept.
 */
@Path("/api")
public class OpenApiResource {
    private final Application application;
    private volatile OpenApiDocument document;

    /** {@code application}: Jersey's resource config ({@code env.jersey().getResourceConfig()}). */
    public OpenApiResource(Application application) {
        this.application = application;
    }

    /** The document as JSON: 200. */
    @GET
    @Path("openapi.json")
    @Produces(MediaType.APPLICATION_JSON)
    public String json() {
        return document().json();
    }

    /** The document as YAML: 200. */
    @GET
    @Path("openapi.yaml")
    @Produces({"application/yaml", MediaType.TEXT_PLAIN})
    public String yaml() {
        return document().yaml();
    }

    private OpenApiDocument document() {
        OpenApiDocument d = document;
        if (d == null) {
            synchronized (this) {
                if (document == null) {
                    document = OpenApiDocument.of(application);
                }
                d = document;
            }
        }
        return d;
    }
}
