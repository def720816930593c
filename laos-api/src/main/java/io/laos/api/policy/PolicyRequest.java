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
package io.laos.api.policy;

import io.laos.api.auth.LaosPrincipal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What one policy decision is about: the caller's credentials (oslo.policy's {@code creds}:
 * {@code user_id}, {@code project_id}, {@code roles}, {@code domain_id}, {@code system_scope},
 * and from a valid service token {@code service_user_id}, {@code service_project_id},
 * {@code service_roles}), the target ({@code project_id} of the resource), and the named rules
 * that {@code rule:} checks refer to.
 */
public record PolicyRequest(Map<String, Object> credentials, Map<String, Object> target,
                            Function<String, Optional<Check>> rules) {

    /** The credentials oslo.context would build for this caller. */
    public static Map<String, Object> credentialsOf(LaosPrincipal caller) {
        Map<String, Object> creds = new HashMap<>();
        creds.put("user_id", caller.userId());
        creds.put("project_id", caller.projectId());
        creds.put("roles", new ArrayList<>(caller.roles()));
        creds.put("domain_id", caller.domainId());
        creds.put("system_scope", caller.scope() == LaosPrincipal.Scope.SYSTEM ? "all" : null);
        LaosPrincipal service = caller.service();
        creds.put("service_user_id", service == null ? null : service.userId());
        creds.put("service_project_id", service == null ? null : service.projectId());
        creds.put("service_roles", service == null ? new ArrayList<>()
                : new ArrayList<>(service.roles()));
        return creds;
    }

    /** The target of an action on the resources of {@code projectId}. */
    public static Map<String, Object> targetOf(String projectId) {
        Map<String, Object> target = new HashMap<>();
        if (projectId != null) {
            target.put("project_id", projectId);
        }
        return target;
    }

    /** The caller's role names (as the credentials carry them). */
    public List<String> roles() {
        Object roles = credentials.get("roles");
        if (!(roles instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().map(String::valueOf).toList();
    }

    /** The check of a named rule, or empty when no such rule is defined. */
    public Optional<Check> rule(String name) {
        return rules.apply(name);
    }
}
