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
import java.util.Locale;
import java.util.Optional;

/**
 * One parsed check of the oslo.policy rule language (what {@link RuleParser} builds). A check
 * answers true (allow) or false (deny) for a {@link PolicyRequest}; every failure to decide is
 * a deny.
 */
public sealed interface Check permits Check.Always, Check.And, Check.Or, Check.Not, Check.Role,
        Check.RuleRef, Check.Unsupported, GenericCheck {

    boolean test(PolicyRequest request);

    /** {@code @} and {@code ""} (always allow), {@code !} (always deny). */
    record Always(boolean allow) implements Check {
        @Override
        public boolean test(PolicyRequest request) {
            return allow;
        }
    }

    /** All of the checks ({@code and}). */
    record And(List<Check> checks) implements Check {
        @Override
        public boolean test(PolicyRequest request) {
            return checks.stream().allMatch(c -> c.test(request));
        }
    }

    /** Any of the checks ({@code or}). */
    record Or(List<Check> checks) implements Check {
        @Override
        public boolean test(PolicyRequest request) {
            return checks.stream().anyMatch(c -> c.test(request));
        }
    }

    /** The opposite ({@code not}). */
    record Not(Check check) implements Check {
        @Override
        public boolean test(PolicyRequest request) {
            return !check.test(request);
        }
    }

    /**
     * {@code role:NAME}: the caller holds the role, compared case-insensitively as oslo.policy
     * does. NAME may itself be a {@code %(key)s} substitution from the target.
     */
    record Role(String match) implements Check {
        @Override
        public boolean test(PolicyRequest request) {
            Optional<String> role = Substitution.apply(match, request.target());
            return role.isPresent() && request.roles().stream()
                    .anyMatch(r -> r.toLowerCase(Locale.ROOT)
                            .equals(role.get().toLowerCase(Locale.ROOT)));
        }
    }

    /** {@code rule:NAME}: another named rule; a name that is not defined denies. */
    record RuleRef(String name) implements Check {
        @Override
        public boolean test(PolicyRequest request) {
            return request.rule(name).map(c -> c.test(request)).orElse(false);
        }
    }

    /**
     * {@code http:} and {@code https:} (oslo.policy's remote checks). LaOS will not call out to
     * another server to decide, so these always deny; the loader says so in the log.
     */
    record Unsupported(String kind, String match) implements Check {
        @Override
        public boolean test(PolicyRequest request) {
            return false;
        }
    }
}
