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

/**
 * The secure defaults: the token's project must be the path's project (or the token holds
 * {@code admin}); readers may read, members may also write.
 */
public class DefaultPolicy implements PolicyEnforcer {

    @Override
    public boolean check(String rule, LaosPrincipal caller, String projectId) {
        if (caller.hasRole("admin")) {
            return true;
        }
        if (rule.endsWith(":list_all_projects")) {
            return false;
        }
        boolean ownProject = caller.projectId() != null && caller.projectId().equals(projectId);
        if (!ownProject) {
            return false;
        }
        boolean read = rule.endsWith(":list") || rule.endsWith(":get");
        return caller.hasRole("member") || (read && caller.hasRole("reader"));
    }
}
