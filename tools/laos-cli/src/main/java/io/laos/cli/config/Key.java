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
package io.laos.cli.config;

import java.util.List;

/**
 * One connection setting and the three names it goes by: the command-line option
 * ({@code --os-<option>}), the environment variable, and the keys of a cloud in
 * {@code clouds.yaml} (dotted for nesting under {@code auth}; the first present wins).
 */
public enum Key {
    AUTH_TYPE("auth-type", "OS_AUTH_TYPE", "TYPE",
            "password (default), token, or none (no token, for a development server)",
            "auth_type"),
    AUTH_URL("auth-url", "OS_AUTH_URL", "URL", "Keystone URL (/v3 is added if absent)",
            "auth.auth_url"),
    USERNAME("username", "OS_USERNAME", "NAME", "user name", "auth.username"),
    PASSWORD("password", "OS_PASSWORD", "PASSWORD", "password", "auth.password"),
    PROJECT_ID("project-id", "OS_PROJECT_ID", "ID", "project ID to scope to",
            "auth.project_id"),
    PROJECT_NAME("project-name", "OS_PROJECT_NAME", "NAME", "project name to scope to",
            "auth.project_name"),
    USER_DOMAIN_ID("user-domain-id", "OS_USER_DOMAIN_ID", "ID", "domain ID of the user",
            "auth.user_domain_id"),
    USER_DOMAIN_NAME("user-domain-name", "OS_USER_DOMAIN_NAME", "NAME",
            "domain name of the user", "auth.user_domain_name"),
    PROJECT_DOMAIN_ID("project-domain-id", "OS_PROJECT_DOMAIN_ID", "ID",
            "domain ID of the project", "auth.project_domain_id"),
    PROJECT_DOMAIN_NAME("project-domain-name", "OS_PROJECT_DOMAIN_NAME", "NAME",
            "domain name of the project", "auth.project_domain_name"),
    DEFAULT_DOMAIN("default-domain", "OS_DEFAULT_DOMAIN", "ID",
            "domain ID used when no user or project domain is given (default: default)",
            "auth.default_domain", "default_domain"),
    REGION_NAME("region-name", "OS_REGION_NAME", "REGION", "region of the LaOS endpoint",
            "region_name"),
    INTERFACE("interface", "OS_INTERFACE", "INTERFACE",
            "endpoint interface: public (default), internal or admin", "interface"),
    SERVICE_TYPE("service-type", "OS_SERVICE_TYPE", "TYPE",
            "catalog service type of LaOS (default: functions)", "laos_service_type",
            "functions_service_type"),
    TOKEN("token", "OS_TOKEN", "TOKEN", "an existing Keystone token (token auth)",
            "auth.token"),
    ENDPOINT("endpoint", "LAOS_URL", "URL",
            "LaOS URL, instead of the catalog's (e.g. http://127.0.0.1:10001)",
            "functions_endpoint_override", "laos_endpoint_override");

    private final String option;
    private final String envVar;
    private final String metavar;
    private final String help;
    private final List<String> cloudKeys;

    Key(String option, String envVar, String metavar, String help, String... cloudKeys) {
        this.option = option;
        this.envVar = envVar;
        this.metavar = metavar;
        this.help = help;
        this.cloudKeys = List.of(cloudKeys);
    }

    /** The long option, e.g. {@code --os-auth-url}. */
    public String option() {
        return "--os-" + option;
    }

    /** The argparse destination, e.g. {@code os_auth_url}. */
    public String dest() {
        return "os_" + option.replace('-', '_');
    }

    public String envVar() {
        return envVar;
    }

    public String metavar() {
        return metavar;
    }

    public String help() {
        return help + " (env " + envVar + ")";
    }

    public List<String> cloudKeys() {
        return cloudKeys;
    }

    /**
     * The first key of the group this key belongs to. A project, a user domain and a project
     * domain are each named by an ID or a name: mixing the ID from one source with the name
     * from another would scope to something nobody asked for, so a group comes whole from one.
     */
    Key group() {
        return switch (this) {
            case PROJECT_NAME -> PROJECT_ID;
            case USER_DOMAIN_NAME -> USER_DOMAIN_ID;
            case PROJECT_DOMAIN_NAME -> PROJECT_DOMAIN_ID;
            default -> this;
        };
    }
}
