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

import io.laos.api.auth.LaosPrincipal;
import io.laos.common.error.ErrorKind;
import io.laos.common.error.LaosException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The default rules give the secure-RBAC personas what they should have, and no more. */
class PolicyDefaultsTest {
    private static final String OWN = "p-own";
    private static final String OTHER = "p-other";
    private final PolicyEnforcer policy = PolicyLoader.load(null);

    static Stream<String> everyRule() {
        return Arrays.stream(PolicyRules.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(PolicyDefaultsTest::value);
    }

    static Stream<String> readRules() {
        return everyRule().filter(r -> r.endsWith(":list") || r.endsWith(":get"));
    }

    static Stream<String> writeRules() {
        return everyRule().filter(r -> !r.endsWith(":list") && !r.endsWith(":get")
                && !r.endsWith(":list_all_projects"));
    }

    @Test
    void everyActionHasADefaultOfItsOwn() {
        RuleSet defaults = RuleSet.defaults();
        assertThat(everyRule()).allSatisfy(rule -> assertThat(defaults.get(rule)).isPresent());
    }

    @ParameterizedTest
    @MethodSource("readRules")
    void readsAreForReadersOfTheProjectAndAdmins(String rule) {
        assertThat(policy.check(rule, caller(OWN, "reader"), OWN)).isTrue();
        assertThat(policy.check(rule, caller(OWN, "member", "reader"), OWN)).isTrue();
        assertThat(policy.check(rule, caller(OTHER, "admin", "member", "reader"), OWN)).isTrue();
        assertThat(policy.check(rule, caller(OTHER, "member", "reader"), OWN)).isFalse();
        assertThat(policy.check(rule, caller(OWN, "foo"), OWN)).isFalse();
        assertThat(policy.check(rule, caller(OWN), OWN)).isFalse();
        assertThat(policy.check(rule, caller(null, "reader"), OWN)).isFalse();
    }

    @ParameterizedTest
    @MethodSource("writeRules")
    void writesAreForMembersOfTheProjectAndAdmins(String rule) {
        assertThat(policy.check(rule, caller(OWN, "member", "reader"), OWN)).isTrue();
        assertThat(policy.check(rule, caller(OTHER, "admin"), OWN)).isTrue();
        assertThat(policy.check(rule, caller(OWN, "reader"), OWN)).isFalse();
        assertThat(policy.check(rule, caller(OTHER, "member", "reader"), OWN)).isFalse();
        assertThat(policy.check(rule, caller(OWN, "service"), OWN)).isFalse();
    }

    @ParameterizedTest
    @MethodSource("everyRule")
    void tokensThatAreNotProjectScopedAreRefusedEvenForAnAdmin(String rule) {
        LaosPrincipal system = new LaosPrincipal("u", null, Set.of("admin", "member", "reader"),
                null, LaosPrincipal.Scope.SYSTEM, null);
        LaosPrincipal domain = new LaosPrincipal("u", null, Set.of("admin", "member", "reader"),
                null, LaosPrincipal.Scope.DOMAIN, "default");

        for (LaosPrincipal caller : List.of(system, domain)) {
            assertThat(policy.check(rule, caller, OWN)).as("%s", caller.scope()).isFalse();
            assertThatThrownBy(() -> policy.enforce(rule, caller, OWN))
                    .isInstanceOfSatisfying(LaosException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN);
                        assertThat(e.getMessage()).contains("project-scoped")
                                .contains(caller.scope().label() + "-scoped");
                    });
        }
    }

    @Test
    void listingAllProjectsIsForAdminsOnly() {
        String rule = PolicyRules.APPS_LIST_ALL_PROJECTS;
        assertThat(policy.check(rule, caller(OTHER, "admin"), OWN)).isTrue();
        assertThat(policy.check(rule, caller(OWN, "member", "reader"), OWN)).isFalse();
    }

    @Test
    void anUnknownActionFallsBackToTheDefaultRule() {
        assertThat(policy.check("laos:widgets:create", caller(OWN, "member"), OWN)).isTrue();
        assertThat(policy.check("laos:widgets:create", caller(OWN, "reader"), OWN)).isFalse();
    }

    @Test
    void theLegacyAliasesExist() {
        RuleSet defaults = RuleSet.defaults();
        for (String alias : List.of("context_is_admin", "admin_or_owner", "owner", "default")) {
            assertThat(defaults.get(alias)).as(alias).isPresent();
        }
    }

    private static LaosPrincipal caller(String project, String... roles) {
        return new LaosPrincipal("u1", project, Set.of(roles), null);
    }

    private static String value(Field f) {
        try {
            return (String) f.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
