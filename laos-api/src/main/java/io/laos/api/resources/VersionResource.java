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

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;

/**
 * OpenStack version discovery at the unversioned root (what the catalog points at) and at
 * {@code /v1}. Needs no token: clients read it before they authenticate.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class VersionResource {
    static final String VERSION_ID = "v1.0";

    /** The version list: 200. */
    @GET
    public Map<String, Object> versions(@Context UriInfo uri) {
        return Map.of("versions", List.of(version(uri)));
    }

    /** The same document at the versioned endpoint (API-SIG asks for it). */
    @GET
    @Path("v1")
    public Map<String, Object> v1(@Context UriInfo uri) {
        return versions(uri);
    }

    private static Map<String, Object> version(UriInfo uri) {
        String base = uri.getBaseUri().toString();
        String root = base.endsWith("/") ? base : base + "/";
        return Map.of(
                "id", VERSION_ID,
                "status", "CURRENT",
                "updated", "2026-11-29T00:00:00Z",
                "media-types", List.of(Map.of("base", "application/json",
                        "type", "application/vnd.openstack.functions-v1+json")),
                "links", List.of(
                        Map.of("rel", "self", "href", root + "v1/"),
                        Map.of("rel", "collection", "href", root)));
    }
}
