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

import com.fasterxml.jackson.annotation.JsonView;
import io.dropwizard.auth.Auth;
import io.swagger.v3.jaxrs2.ResolvedParameter;
import io.swagger.v3.jaxrs2.ext.AbstractOpenAPIExtension;
import io.swagger.v3.jaxrs2.ext.OpenAPIExtension;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Teaches swagger-core LaOS's resource conventions without annotating the resources: an
 * {@code @Auth} parameter is the caller, not a request body, and marks the operation as
 * needing a Keystone token (optional when the parameter is an {@code Optional}, as for public
 * runs); {@code @Context} and {@code @Suspended} parameters are the container's. Operations
 * get stable ids and tags from their resource ({@code AppResource.list}: id {@code app_list},
 * tag {@code app}), where swagger-core would number clashing method names.
 */
final class AuthParameterExtension extends AbstractOpenAPIExtension {
    static final String SCHEME = "keystone";

    @Override
    public ResolvedParameter extractParameters(List<Annotation> annotations, Type type,
                                               Set<Type> typesToSkip, Components components,
                                               Consumes classConsumes, Consumes methodConsumes,
                                               boolean includeRequestBody, JsonView jsonView,
                                               Iterator<OpenAPIExtension> chain) {
        for (Annotation a : annotations) {
            if (a instanceof Auth || a instanceof Context || a instanceof Suspended) {
                return new ResolvedParameter();
            }
        }
        return super.extractParameters(annotations, type, typesToSkip, components,
                classConsumes, methodConsumes, includeRequestBody, jsonView, chain);
    }

    @Override
    public void decorateOperation(Operation operation, Method method,
                                  Iterator<OpenAPIExtension> chain) {
        String tag = method.getDeclaringClass().getSimpleName().replaceFirst("Resource$", "")
                .toLowerCase(Locale.ROOT);
        operation.setOperationId(tag + "_" + method.getName());
        operation.setTags(List.of(tag));
        for (Parameter p : method.getParameters()) {
            if (p.isAnnotationPresent(Auth.class)) {
                if (p.getType() == Optional.class) {
                    operation.addSecurityItem(new SecurityRequirement()); // anonymous allowed
                }
                operation.addSecurityItem(new SecurityRequirement().addList(SCHEME));
            }
        }
        super.decorateOperation(operation, method, chain);
    }
}
