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

/** The named policy rule of every API action (overridable in {@code etc/laos/policy.yaml}). */
public final class PolicyRules {
    public static final String APPS_LIST = "laos:apps:list";
    public static final String APPS_LIST_ALL_PROJECTS = "laos:apps:list_all_projects";
    public static final String APPS_GET = "laos:apps:get";
    public static final String APPS_CREATE = "laos:apps:create";
    public static final String APPS_UPDATE = "laos:apps:update";
    public static final String APPS_DELETE = "laos:apps:delete";
    public static final String ROUTES_LIST = "laos:routes:list";
    public static final String ROUTES_GET = "laos:routes:get";
    public static final String ROUTES_CREATE = "laos:routes:create";
    public static final String ROUTES_UPDATE = "laos:routes:update";
    public static final String ROUTES_DELETE = "laos:routes:delete";
    public static final String ROUTES_RUN = "laos:routes:run";
    public static final String CALLS_LIST = "laos:calls:list";
    public static final String CALLS_GET = "laos:calls:get";
    public static final String USAGE_GET = "laos:usage:get";

    private PolicyRules() {
    }
}
