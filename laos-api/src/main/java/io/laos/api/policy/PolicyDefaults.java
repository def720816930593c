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

import java.util.List;

/**
 * The rules LaOS enforces when the policy file says nothing: the secure-RBAC personas of
 * OpenStack (admin; member and reader of the target project). Keystone makes admin imply member
 * and member imply reader, so a member may read and an admin may do anything.
 * {@code etc/laos/policy.yaml} lists the same rules, commented out.
 */
public final class PolicyDefaults {
    private static final String READ = "rule:admin_or_reader";
    private static final String WRITE = "rule:admin_or_member";

    /** One rule with its default text and what it is for. */
    public record RuleDefault(String name, String rule, String description) {
    }

    /** Every default, base rules first, in the order the sample file lists them. */
    public static final List<RuleDefault> ALL = List.of(
            new RuleDefault("admin", "role:admin",
                    "An operator of the cloud: may act in every project."),
            new RuleDefault("project_reader", "role:reader and project_id:%(project_id)s",
                    "May read the target project's resources."),
            new RuleDefault("project_member", "role:member and project_id:%(project_id)s",
                    "May read and change the target project's resources."),
            new RuleDefault("admin_or_reader", "rule:admin or rule:project_reader",
                    "The default of every read."),
            new RuleDefault("admin_or_member", "rule:admin or rule:project_member",
                    "The default of every write."),
            new RuleDefault("default", "rule:admin_or_member",
                    "Used for any action that has no rule of its own."),
            new RuleDefault("context_is_admin", "rule:admin",
                    "Legacy alias, kept for policy files written for older services."),
            new RuleDefault("owner", "project_id:%(project_id)s",
                    "Legacy alias: the token's project is the target project (any role)."),
            new RuleDefault("admin_or_owner", "rule:context_is_admin or rule:owner",
                    "Legacy alias, kept for policy files written for older services."),
            new RuleDefault(PolicyRules.APPS_LIST, READ, "GET /v1/{project_id}/apps"),
            new RuleDefault(PolicyRules.APPS_LIST_ALL_PROJECTS, "rule:admin",
                    "List the apps of every project (an operator's view across tenants)."),
            new RuleDefault(PolicyRules.APPS_GET, READ, "GET /v1/{project_id}/apps/{app}"),
            new RuleDefault(PolicyRules.APPS_CREATE, WRITE, "POST /v1/{project_id}/apps"),
            new RuleDefault(PolicyRules.APPS_UPDATE, WRITE,
                    "PATCH or PUT /v1/{project_id}/apps/{app}"),
            new RuleDefault(PolicyRules.APPS_DELETE, WRITE, "DELETE /v1/{project_id}/apps/{app}"),
            new RuleDefault(PolicyRules.ROUTES_LIST, READ,
                    "GET /v1/{project_id}/apps/{app}/routes"),
            new RuleDefault(PolicyRules.ROUTES_GET, READ,
                    "GET /v1/{project_id}/apps/{app}/routes/{route}"),
            new RuleDefault(PolicyRules.ROUTES_CREATE, WRITE,
                    "POST /v1/{project_id}/apps/{app}/routes"),
            new RuleDefault(PolicyRules.ROUTES_UPDATE, WRITE,
                    "PATCH or PUT /v1/{project_id}/apps/{app}/routes/{route}"),
            new RuleDefault(PolicyRules.ROUTES_DELETE, WRITE,
                    "DELETE /v1/{project_id}/apps/{app}/routes/{route}"),
            new RuleDefault(PolicyRules.ROUTES_RUN, WRITE,
                    "Run a private route: ANY /v1/r/{project_id}/{app}/{route} (public ones"
                            + " need no token)."),
            new RuleDefault(PolicyRules.CALLS_LIST, READ, "GET /v1/{project_id}/calls"),
            new RuleDefault(PolicyRules.CALLS_GET, READ, "GET /v1/{project_id}/calls/{call_id}"),
            new RuleDefault(PolicyRules.USAGE_GET, READ, "GET /v1/{project_id}/usage"));

    private PolicyDefaults() {
    }
}
