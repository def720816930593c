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
package io.laos.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A request is allowed when one rule has the service type, the method and a matching path. */
class AccessRuleMatchTest {
    private static final String APPS = "/v1/p1/apps";

    @Test
    void serviceMethodAndPathMustAllMatchOneRule() {
        AccessRules rules = rules(rule("functions", "GET", APPS + "/*"));

        assertThat(rules.allow("functions", "GET", APPS + "/myapp")).isTrue();
        assertThat(rules.allow("functions", "DELETE", APPS + "/myapp")).as("method").isFalse();
        assertThat(rules.allow("functions", "get", APPS + "/myapp")).as("case").isFalse();
        assertThat(rules.allow("functions", "HEAD", APPS + "/myapp")).as("HEAD is not GET")
                .isFalse();
        assertThat(rules.allow("object-store", "GET", APPS + "/myapp")).as("service")
                .isFalse();
        assertThat(rules.allow("functions", "GET", APPS)).as("path").isFalse();
    }

    @Test
    void aRuleForAnotherServiceAllowsNothingHereWhateverItsPath() {
        AccessRules rules = rules(rule("object-store", "GET", "/**"));

        assertThat(rules.allow("functions", "GET", APPS)).isFalse();
    }

    @Test
    void anyOneRuleIsEnough() {
        AccessRules rules = rules(rule("object-store", "GET", "/**"),
                rule("functions", "GET", APPS),
                rule("functions", "POST", "/r/p1/myapp/hello"));

        assertThat(rules.allow("functions", "GET", APPS)).isTrue();
        assertThat(rules.allow("functions", "POST", "/r/p1/myapp/hello")).isTrue();
        assertThat(rules.allow("functions", "POST", APPS)).isFalse();
        assertThat(rules.allow("functions", "GET", "/r/p1/myapp/hello")).isFalse();
    }

    @Test
    void noRulesAllowNothing() {
        assertThat(rules().allow("functions", "GET", APPS)).isFalse();
    }

    @Test
    void anIncompleteRuleMatchesNothing() {
        AccessRules rules = rules(new AccessRules.Rule(null, "GET",
                AccessRulePath.compile("/**")), new AccessRules.Rule("functions", null,
                AccessRulePath.compile("/**")), new AccessRules.Rule("functions", "GET", null));

        assertThat(rules.allow("functions", "GET", APPS)).isFalse();
    }

    private static AccessRules.Rule rule(String service, String method, String path) {
        return new AccessRules.Rule(service, method, AccessRulePath.compile(path));
    }

    private static AccessRules rules(AccessRules.Rule... rules) {
        return new AccessRules("ac1", List.of(rules));
    }
}
