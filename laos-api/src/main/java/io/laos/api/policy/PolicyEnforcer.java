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

/** Decides whether a caller may perform an action on a project's resources. */
public interface PolicyEnforcer {

    /** True when {@code caller} may perform {@code rule} on resources of {@code projectId}. */
    boolean check(String rule, LaosPrincipal caller, String projectId);

    /** Throws a 403 when the caller may not perform {@code rule} on {@code projectId}. */
    default void enforce(String rule, LaosPrincipal caller, String projectId) {
        if (!check(rule, caller, projectId)) {
            throw new io.laos.common.error.LaosException(
                    io.laos.common.error.ErrorKind.FORBIDDEN,
                    "Policy does not allow this action (" + rule + ") in project " + projectId);
        }
    }
}
