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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A policy file overrides the defaults; anything LaOS cannot understand stops start-up. */
class PolicyFileTest {
    private static final LaosPrincipal MEMBER = new LaosPrincipal("u1", "p1",
            Set.of("member", "reader"), null);
    private static final LaosPrincipal ADMIN = new LaosPrincipal("u2", "p9",
            Set.of("admin", "member", "reader"), null);

    @TempDir
    Path dir;

    @Test
    void noFileMeansTheDefaults() {
        assertThat(PolicyLoader.loadRules(null).all()).noneMatch(RuleSet.Rule::overridden);
        assertThat(PolicyLoader.loadRules(" ").all()).hasSize(PolicyDefaults.ALL.size());
    }

    @Test
    void aFileRuleOverridesTheDefault() throws IOException {
        PolicyEnforcer policy = PolicyLoader.load(file("\"laos:apps:create\": \"role:admin\"\n"));

        assertThat(policy.check(PolicyRules.APPS_CREATE, MEMBER, "p1")).isFalse();
        assertThat(policy.check(PolicyRules.APPS_CREATE, ADMIN, "p1")).isTrue();
        assertThat(policy.check(PolicyRules.APPS_DELETE, MEMBER, "p1")).as("untouched").isTrue();
    }

    @Test
    void theEffectiveRulesSayWhatWasOverridden() throws IOException {
        RuleSet rules = PolicyLoader.loadRules(file("""
                "project_member": "role:member and project_id:%(project_id)s and role:reader"
                "laos:apps:delete": "rule:only_admins"
                "only_admins": "role:admin"
                """));
        assertThat(rules.get("project_member").orElseThrow().overridden()).isTrue();
        assertThat(rules.get("only_admins").orElseThrow().description()).isNull();
        assertThat(rules.get("admin").orElseThrow().overridden()).isFalse();
        PolicyEnforcer policy = new OsloPolicyEnforcer(rules);
        assertThat(policy.check(PolicyRules.APPS_DELETE, MEMBER, "p1")).isFalse();
        assertThat(policy.check(PolicyRules.APPS_CREATE, MEMBER, "p1")).isTrue();
    }

    @Test
    void legacyFilesKeepWorking() throws IOException {
        PolicyEnforcer policy = PolicyLoader.load(file("""
                {
                  "laos:apps:create": "rule:admin_or_owner",
                  "laos:apps:delete": [["role:admin"], ["role:member", "project_id:%(project_id)s"]]
                }
                """));
        LaosPrincipal foo = new LaosPrincipal("u3", "p1", Set.of("foo"), null);
        assertThat(policy.check(PolicyRules.APPS_CREATE, foo, "p1")).as("owner").isTrue();
        assertThat(policy.check(PolicyRules.APPS_CREATE, foo, "p2")).isFalse();
        assertThat(policy.check(PolicyRules.APPS_DELETE, MEMBER, "p1")).isTrue();
        assertThat(policy.check(PolicyRules.APPS_DELETE, foo, "p1")).isFalse();
    }

    @Test
    void theDefaultRuleDecidesForUnknownActions() throws IOException {
        PolicyEnforcer policy = PolicyLoader.load(file("\"default\": \"!\"\n"));
        assertThat(policy.check("laos:widgets:create", ADMIN, "p1")).isFalse();
        assertThat(policy.check(PolicyRules.APPS_CREATE, MEMBER, "p1")).isTrue();
    }

    @Test
    void anHttpCheckLoadsButAlwaysDenies() throws IOException {
        PolicyEnforcer policy = PolicyLoader.load(file(
                "\"laos:apps:create\": \"http://policy.example.org/check\"\n"));
        assertThat(policy.check(PolicyRules.APPS_CREATE, ADMIN, "p1")).isFalse();
    }

    @Test
    void theSampleFileParsesAndOverridesNothing() {
        Path sample = Path.of(System.getProperty("laos.repo.root", ".."), "etc", "laos",
                "policy.yaml");
        assertThat(PolicyLoader.loadRules(sample.toString()).all())
                .noneMatch(RuleSet.Rule::overridden);
    }

    @Test
    void theSampleFileListsEveryDefaultCommentedOut() throws IOException {
        Path sample = Path.of(System.getProperty("laos.repo.root", ".."), "etc", "laos",
                "policy.yaml");
        String text = Files.readString(sample);
        for (PolicyDefaults.RuleDefault d : PolicyDefaults.ALL) {
            assertThat(text).as("etc/laos/policy.yaml lists " + d.name())
                    .contains("# " + d.description() + "\n#\"" + d.name() + "\": \"" + d.rule()
                            + "\"\n");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\"laos:apps:create\": \"role:admin or\"\n",
        "\"laos:apps:create\": \"rule:no_such_rule\"\n",
        "\"a\": \"rule:b\"\n\"b\": \"rule:a\"\n",
        "\"laos:apps:create\": \"rule:laos:apps:create\"\n",
        "\"laos:apps:create\": 42\n",
        "\"laos:apps:create\":\n",
        "\"laos:apps:create\": {\"role\": \"admin\"}\n",
        "\"laos:apps:create\": \"@\"\n\"laos:apps:create\": \"!\"\n",
        "- \"role:admin\"\n",
        "\"laos:apps:create\": [[\"role:admin\", 1]]\n",
        "\"unclosed: \"role:admin\n"})
    void anythingItCannotUnderstandStopsStartUp(String content) throws IOException {
        String file = file(content);
        assertThatThrownBy(() -> PolicyLoader.load(file))
                .isInstanceOf(PolicySyntaxException.class).hasMessageContaining(file);
    }

    @Test
    void aMissingFileStopsStartUp() {
        String missing = dir.resolve("nope.yaml").toString();
        assertThatThrownBy(() -> PolicyLoader.load(missing))
                .isInstanceOf(PolicySyntaxException.class).hasMessageContaining("does not exist");
    }

    private String file(String content) throws IOException {
        Path f = Files.createTempFile(dir, "policy", ".yaml");
        Files.writeString(f, content);
        return f.toString();
    }
}
