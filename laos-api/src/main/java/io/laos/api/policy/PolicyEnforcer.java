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
import io.laos.common.error.ErrorKind;
import io.laos.common.error.LaosException;

/**
 * Decides whether a caller may perform an action on a project's resources. Every LaOS rule is
 * project-scoped (oslo.policy's {@code scope_types=['project']}): a system-, domain-scoped or
 * unscoped token is refused before any rule is evaluated, whatever its roles, as oslo.policy
 * refuses a token of the wrong scope ({@code InvalidScope}).
 */
public interface PolicyEnforcer {

    /** True when {@code caller} may perform {@code rule} on resources of {@code projectId}. */
    boolean check(String rule, LaosPrincipal caller, String projectId);

    /** Throws a 403 when the caller may not perform {@code rule} on {@code projectId}. */
    default void enforce(String rule, LaosPrincipal caller, String projectId) {
        if (caller.scope() != LaosPrincipal.Scope.PROJECT) {
            throw new LaosException(ErrorKind.FORBIDDEN, rule + " needs a project-scoped"
                    + " token; this one is " + caller.scope().label() + "-scoped");
        }
        if (!check(rule, caller, projectId)) {
            throw new LaosException(ErrorKind.FORBIDDEN,
                    "Policy does not allow this action (" + rule + ") in project " + projectId);
        }
    }
}
