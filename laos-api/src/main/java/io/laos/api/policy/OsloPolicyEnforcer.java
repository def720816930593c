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
import java.util.Map;
import java.util.Optional;

/**
 * Decides with oslo.policy semantics over a {@link RuleSet}: the named rule, or the
 * {@code default} rule when the name is not defined, or deny when neither is; and deny for any
 * token that is not project-scoped (see {@link PolicyEnforcer}).
 */
public class OsloPolicyEnforcer implements PolicyEnforcer {
    static final String DEFAULT_RULE = "default";

    private final RuleSet rules;

    public OsloPolicyEnforcer(RuleSet rules) {
        this.rules = rules;
    }

    @Override
    public boolean check(String rule, LaosPrincipal caller, String projectId) {
        // Every LaOS rule is project-scoped: no rule text can let another scope in.
        return caller.scope() == LaosPrincipal.Scope.PROJECT && check(rule,
                PolicyRequest.credentialsOf(caller), PolicyRequest.targetOf(projectId));
    }

    /** The decision for any credentials and target (what {@code policy check} asks). */
    public boolean check(String rule, Map<String, Object> credentials,
                         Map<String, Object> target) {
        Optional<Check> check = lookup(rule).or(() -> lookup(DEFAULT_RULE));
        PolicyRequest request = new PolicyRequest(credentials, target, this::lookup);
        return check.map(c -> c.test(request)).orElse(false);
    }

    public RuleSet rules() {
        return rules;
    }

    private Optional<Check> lookup(String name) {
        return rules.get(name).map(RuleSet.Rule::check);
    }
}
