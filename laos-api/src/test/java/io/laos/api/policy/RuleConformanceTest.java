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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The oslo.policy rule language, as a table: rule text, the caller's credentials and the
 * target give a decision. Credentials are written {@code roles=a,b project=P user=U}, targets
 * {@code key=value ...}; "-" is empty. {@code rule:} checks see the default rules.
 */
class RuleConformanceTest {

    /** Empty rule text is written {@code ""}. */
    private static final String TABLE = """
        rule                            | credentials             | target             | decision
        @                               | -                       | -                  | allow
        ""                              | -                       | -                  | allow
        !                               | roles=admin             | -                  | deny
        @ and !                         | -                       | -                  | deny
        @ or !                          | -                       | -                  | allow
        role:admin                      | roles=admin project=p1  | project_id=p2      | allow
        role:ADMIN                      | roles=admin             | -                  | allow
        role:admin                      | roles=Admin             | -                  | allow
        role:member                     | roles=reader            | -                  | deny
        role:member                     | -                       | -                  | deny
        role:%(wanted)s                 | roles=member            | wanted=member      | allow
        role:%(wanted)s                 | roles=member            | -                  | deny
        project_id:%(project_id)s       | project=p1              | project_id=p1      | allow
        project_id:%(project_id)s       | project=p1              | project_id=p2      | deny
        project_id:%(project_id)s       | -                       | project_id=p1      | deny
        project_id:%(project_id)s       | project=p1              | -                  | deny
        project_id:%(project_id)s       | -                       | project_id=None    | deny
        project_id:p1                   | project=p1              | -                  | allow
        user_id:%(user_id)s             | user=u1                 | user_id=u1         | allow
        user_id:%(user_id)s             | user=u1                 | user_id=u2         | deny
        roles:admin                     | roles=reader,admin      | -                  | allow
        domain_id:%(project_id)s        | project=p1              | project_id=p1      | deny
        True:%(all_projects)s           | -                       | all_projects=True  | allow
        True:%(all_projects)s           | -                       | all_projects=False | deny
        True:%(all_projects)s           | -                       | -                  | deny
        'p1':%(project_id)s             | -                       | project_id=p1      | allow
        "p1":%(project_id)s             | -                       | project_id=p2      | deny
        1:%(n)s                         | -                       | n=1                | allow
        not role:admin                  | roles=admin             | -                  | deny
        not role:admin                  | roles=member            | -                  | allow
        not not role:a                  | roles=a                 | -                  | allow
        role:a or role:b and role:c     | roles=a                 | -                  | allow
        (role:a or role:b) and role:c   | roles=a                 | -                  | deny
        (role:a or role:b) and role:c   | roles=b,c               | -                  | allow
        not role:a and role:b           | roles=b                 | -                  | allow
        not role:a and role:b           | roles=a,b               | -                  | deny
        not (role:a and role:b)         | roles=a                 | -                  | allow
        role:a and not role:b or role:c | roles=b,c               | -                  | allow
        ((role:a))                      | roles=a                 | -                  | allow
        role:a OR role:b                | roles=b                 | -                  | allow
        role:a AnD role:b               | roles=a                 | -                  | deny
        rule:admin                      | roles=admin             | -                  | allow
        rule:project_member             | roles=member project=p1 | project_id=p1      | allow
        rule:project_member             | roles=member project=p1 | project_id=p2      | deny
        rule:admin_or_reader            | roles=reader project=p1 | project_id=p1      | allow
        rule:admin_or_member            | roles=reader project=p1 | project_id=p1      | deny
        rule:no_such_rule               | roles=admin             | -                  | deny
        http://policy.example.org/check | roles=admin             | -                  | deny
        role:admin or http://x.example  | roles=admin             | -                  | allow
        """;

    static Stream<Arguments> table() {
        return TABLE.lines().skip(1).map(line -> line.split("\\|")).map(cols -> Arguments.of(
                cols[0].trim().equals("\"\"") ? "" : cols[0].trim(), cols[1].trim(),
                cols[2].trim(), cols[3].trim().equals("allow")));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" with {1} on {2} -> {3}")
    @MethodSource("table")
    void decides(String rule, String creds, String target, boolean allow) {
        RuleSet defaults = RuleSet.defaults();
        PolicyRequest request = new PolicyRequest(credentials(creds), values(target),
                name -> defaults.get(name).map(RuleSet.Rule::check));
        assertThat(RuleParser.parse(rule).test(request)).isEqualTo(allow);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"role:admin or", "(role:admin", "role:admin)", "and role:a", "admin",
        "'quoted'", "role:", "rule:", "project_id:%(project_id)d", "not", "role:a role:b",
        "fo-o:bar", "()", "role:a or or role:b", "100%:x"})
    void refusesWhatItCannotParse(String rule) {
        assertThatThrownBy(() -> RuleParser.parse(rule)).isInstanceOf(PolicySyntaxException.class)
                .hasMessageContaining(rule);
    }

    @Test
    void theLegacyListFormOrsListsOfAndedChecks() {
        Check check = RuleParser.parseList(List.of(List.of("role:admin"),
                List.of("role:member", "project_id:%(project_id)s")));
        PolicyRequest member = new PolicyRequest(credentials("roles=member project=p1"),
                values("project_id=p1"), name -> Optional.empty());
        PolicyRequest other = new PolicyRequest(credentials("roles=member project=p2"),
                values("project_id=p1"), name -> Optional.empty());
        assertThat(check.test(member)).isTrue();
        assertThat(check.test(other)).isFalse();
        assertThat(RuleParser.parseList(List.of()).test(other)).as("[] allows").isTrue();
    }

    private static Map<String, Object> credentials(String spec) {
        Map<String, Object> creds = new HashMap<>();
        values(spec).forEach((k, v) -> {
            switch (k) {
                case "roles" -> creds.put("roles", Arrays.asList(((String) v).split(",")));
                case "project" -> creds.put("project_id", v);
                case "user" -> creds.put("user_id", v);
                default -> throw new IllegalArgumentException(k);
            }
        });
        return creds;
    }

    private static Map<String, Object> values(String spec) {
        Map<String, Object> values = new HashMap<>();
        if (!spec.equals("-")) {
            for (String pair : spec.split(" ")) {
                String[] kv = pair.split("=", 2);
                Object v = kv[1].equals("True") ? Boolean.TRUE
                        : kv[1].equals("False") ? Boolean.FALSE
                        : kv[1].equals("None") ? null : kv[1];
                values.put(kv[0], v);
            }
        }
        return values;
    }
}
