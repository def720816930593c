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

import org.junit.jupiter.api.Test;

/** Access rule paths match as keystonemiddleware's {@code _path_matches} does. */
class AccessRulePathTest {
    private static final String P = "/v1/0123456789abcdef0123456789abcdef";

    @Test
    void aLiteralPathMatchesOnlyItself() {
        AccessRulePath rule = AccessRulePath.compile(P + "/apps/myapp");

        assertThat(rule.matches(P + "/apps/myapp")).isTrue();
        assertThat(rule.matches(P + "/apps/myapp2")).isFalse();
        assertThat(rule.matches(P + "/apps/mya")).isFalse();
        assertThat(rule.matches(P + "/apps/myapp/routes")).isFalse();
        assertThat(rule.matches("/x" + P + "/apps/myapp")).as("anchored at the start").isFalse();
    }

    @Test
    void aTrailingSlashIsPartOfThePath() {
        assertThat(AccessRulePath.compile(P + "/apps").matches(P + "/apps/")).isFalse();
        assertThat(AccessRulePath.compile(P + "/apps/").matches(P + "/apps")).isFalse();
        assertThat(AccessRulePath.compile(P + "/apps/*").matches(P + "/apps/"))
                .as("* needs at least one character").isFalse();
    }

    @Test
    void oneStarIsExactlyOneSegment() {
        AccessRulePath rule = AccessRulePath.compile(P + "/apps/*");

        assertThat(rule.matches(P + "/apps/myapp")).isTrue();
        assertThat(rule.matches(P + "/apps/a")).isTrue();
        assertThat(rule.matches(P + "/apps")).isFalse();
        assertThat(rule.matches(P + "/apps/myapp/routes")).isFalse();
        assertThat(AccessRulePath.compile("/v1/*/apps").matches(P + "/apps")).isTrue();
        assertThat(AccessRulePath.compile("/v1/*/apps").matches("/v1/a/b/apps")).isFalse();
    }

    @Test
    void oneStarInsideASegmentMatchesTheRestOfIt() {
        AccessRulePath rule = AccessRulePath.compile(P + "/apps/my*");

        assertThat(rule.matches(P + "/apps/myapp")).isTrue();
        assertThat(rule.matches(P + "/apps/my")).as("one character at least").isFalse();
        assertThat(rule.matches(P + "/apps/my/x")).isFalse();
    }

    @Test
    void twoStarsAtTheEndMatchAnythingBelow() {
        AccessRulePath rule = AccessRulePath.compile(P + "/apps/**");

        assertThat(rule.matches(P + "/apps/")).as("nothing at all").isTrue();
        assertThat(rule.matches(P + "/apps/myapp")).isTrue();
        assertThat(rule.matches(P + "/apps/myapp/routes/hello")).isTrue();
        assertThat(rule.matches(P + "/apps")).as("the slash before ** is literal").isFalse();
        assertThat(rule.matches(P + "/appsx/y")).isFalse();
    }

    @Test
    void twoStarsInTheMiddleMatchAnyNumberOfSegmentsBetweenTheirSlashes() {
        AccessRulePath rule = AccessRulePath.compile("/v1/**/routes/hello");

        assertThat(rule.matches(P + "/apps/myapp/routes/hello")).isTrue();
        assertThat(rule.matches("/v1/x/routes/hello")).isTrue();
        assertThat(rule.matches("/v1//routes/hello")).isTrue();
        assertThat(rule.matches("/v1/routes/hello")).as("both slashes are literal").isFalse();
        assertThat(rule.matches(P + "/apps/myapp/routes/hello2")).isFalse();
        assertThat(AccessRulePath.compile("/**").matches("/")).isTrue();
        assertThat(AccessRulePath.compile("**").matches("")).isTrue();
    }

    @Test
    void threeStarsAreTwoThenOne() {
        AccessRulePath rule = AccessRulePath.compile("/v1/***");

        assertThat(rule.matches("/v1/a/b")).isTrue();
        assertThat(rule.matches("/v1/")).as("the * still needs a character").isFalse();
    }

    @Test
    void aNamedWildcardIsOneSegmentToo() {
        AccessRulePath rule = AccessRulePath.compile("/v1/{project_id}/apps/{app}");

        assertThat(rule.matches(P + "/apps/myapp")).isTrue();
        assertThat(rule.matches("/v1/{project_id}/apps/{app}")).isTrue();
        assertThat(rule.matches(P + "/apps/myapp/routes")).isFalse();
        assertThat(rule.matches("/v1/a/b/apps/myapp")).isFalse();
    }

    @Test
    void otherCharactersAreLiteralNotRegularExpressions() {
        assertThat(AccessRulePath.compile("/r/p/a.b").matches("/r/p/aXb")).isFalse();
        assertThat(AccessRulePath.compile("/r/p/a.b").matches("/r/p/a.b")).isTrue();
        assertThat(AccessRulePath.compile("/r/p/ab?").matches("/r/p/a")).isFalse();
        assertThat(AccessRulePath.compile("/r/p/(a)").matches("/r/p/(a)")).isTrue();
        assertThat(AccessRulePath.compile("/r/p/{a").matches("/r/p/{a")).isTrue();
    }

    @Test
    void manyWildcardsCostNoBacktracking() {
        // A backtracking matcher takes exponential time on this; the automaton does not.
        AccessRulePath rule = AccessRulePath.compile("/**a**a**a**a**a**a**a**a**a**a**b");

        assertThat(rule.matches("/" + "a".repeat(5000))).isFalse();
        assertThat(rule.matches("/" + "a".repeat(5000) + "b")).isTrue();
    }
}
