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

import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.jaxrs2.ext.OpenAPIExtension;
import io.swagger.v3.jaxrs2.ext.OpenAPIExtensions;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Generates the OpenAPI 3 document of the API from the JAX-RS resources Jersey actually
 * serves (their {@code @Path}, {@code @GET}..., parameter annotations), so the document can
 * never drift from the code. Only LaOS's own resources ({@code io.laos.*}) are read.
 */
public final class OpenApiDocument {
    /** The API's version: the v1 API of the version document ({@code GET /}, id v1.0). */
    public static final String API_VERSION = "1.0";

    private final OpenAPI openApi;

    private OpenApiDocument(OpenAPI openApi) {
        this.openApi = openApi;
    }

    /** The document of every resource registered in {@code application}. */
    public static OpenApiDocument of(Application application) {
        return of(resourceClasses(application));
    }

    public static OpenApiDocument of(Set<Class<?>> resources) {
        installExtension();
        OpenAPI base = new OpenAPI()
                .info(new Info().title("LaOS (Lambdas-on-OpenStack) API").version(API_VERSION)
                        .description("Serverless functions for the tenants of an OpenStack"
                                + " cloud: apps, routes, runs, call records and usage. Errors"
                                + " are {\"error\": {\"message\", \"code\"}}; every answer"
                                + " carries x-openstack-request-id.")
                        .license(new License().name("Apache-2.0")
                                .url("https://www.apache.org/licenses/LICENSE-2.0")))
                .components(new Components().addSecuritySchemes(AuthParameterExtension.SCHEME,
                        new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("X-Auth-Token")
                                .description("A Keystone v3 token scoped to the project")));
        Reader reader = new Reader(new SwaggerConfiguration().openAPI(base)
                .readAllResources(true).sortOutput(true));
        OpenAPI openApi = reader.read(resources);
        PathAlternatives.expand(openApi, resources);
        return new OpenApiDocument(openApi);
    }

    /** LaOS's root resources among the application's classes and singletons, by name. */
    public static Set<Class<?>> resourceClasses(Application application) {
        Set<Class<?>> all = new TreeSet<>(Comparator.comparing(Class::getName));
        Stream.concat(application.getClasses().stream(),
                        application.getSingletons().stream().map(Object::getClass))
                .filter(c -> c.isAnnotationPresent(Path.class))
                .filter(c -> c.getName().startsWith("io.laos."))
                .filter(c -> c != OpenApiResource.class)
                .forEach(all::add);
        return new LinkedHashSet<>(all);
    }

    public OpenAPI model() {
        return openApi;
    }

    public String json() {
        return Json.pretty(openApi);
    }

    public String yaml() {
        return Yaml.pretty(openApi);
    }

    /** swagger-core keeps its extensions in a static list: add ours once, first. */
    private static synchronized void installExtension() {
        List<OpenAPIExtension> extensions = OpenAPIExtensions.getExtensions();
        if (extensions.stream().noneMatch(e -> e instanceof AuthParameterExtension)) {
            extensions.add(0, new AuthParameterExtension());
        }
    }
}
