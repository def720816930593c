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

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.laos.api.auth.LaosPrincipal;
import io.laos.api.testing.FakeTime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A changed policy file takes effect without a restart, looked at no more than once a second;
 * a changed file that cannot be used keeps the previous rules and is logged as an error. Time
 * is a {@link FakeTime} and file versions are told apart by their modification time, which
 * the tests set, so nothing sleeps.
 */
class PolicyReloadTest {
    private static final String RULE = PolicyRules.APPS_LIST;
    private static final LaosPrincipal READER = new LaosPrincipal("u", "p", Set.of("reader"),
            null);

    @TempDir
    Path dir;
    private Path file;
    private final FakeTime time = new FakeTime();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(
            ReloadingPolicyEnforcer.class);
    private int version;

    @BeforeEach
    void watchTheLog() {
        log.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void stopWatching() {
        logger.detachAppender(log);
    }

    @Test
    void aChangedFileTakesEffectAtTheNextCheckAfterASecond() throws Exception {
        ReloadingPolicyEnforcer policy = enforcer("\"" + RULE + "\": \"!\"\n");
        assertThat(policy.check(RULE, READER, "p")).isFalse();

        write("\"" + RULE + "\": \"role:reader\"\n");
        time.advance(Duration.ofMillis(999));
        assertThat(policy.check(RULE, READER, "p")).as("not looked at within the second")
                .isFalse();

        time.advance(Duration.ofMillis(1));
        assertThat(policy.check(RULE, READER, "p")).as("looked at, and reloaded").isTrue();
        assertThat(policy.rules().get(RULE).orElseThrow().text()).isEqualTo("role:reader");
    }

    @Test
    void anUnchangedFileIsNotReadAgain() throws Exception {
        ReloadingPolicyEnforcer policy = enforcer("\"" + RULE + "\": \"!\"\n");
        FileTime stamp = Files.getLastModifiedTime(file);
        // Same size and modification time: the same version as far as LaOS can tell.
        Files.writeString(file, "\"" + RULE + "\": \"@\"\n");
        Files.setLastModifiedTime(file, stamp);

        assertThat(policy.reloadIfChanged()).isFalse();
        assertThat(policy.check(RULE, READER, "p")).isFalse();
    }

    @Test
    void aFileThatNoLongerParsesKeepsThePreviousRulesAndIsLoggedOnce() throws Exception {
        ReloadingPolicyEnforcer policy = enforcer("\"" + RULE + "\": \"role:reader\"\n");

        write("\"" + RULE + "\": \"role:reader and (\"\n");
        assertThat(policy.reloadIfChanged()).isFalse();
        assertThat(policy.reloadIfChanged()).isFalse();
        time.advance(Duration.ofSeconds(5));

        assertThat(policy.check(RULE, READER, "p")).as("previous rules in force").isTrue();
        assertThat(log.list).filteredOn(e -> e.getLevel() == Level.ERROR).hasSize(1)
                .allSatisfy(e -> assertThat(e.getFormattedMessage())
                        .contains(file.toString()).contains("previous rules stay in force"));

        write("\"" + RULE + "\": \"!\"\n");
        assertThat(policy.reloadIfChanged()).as("fixed").isTrue();
        assertThat(policy.check(RULE, READER, "p")).isFalse();
    }

    @Test
    void aRuleThatNamesAnUndefinedRuleIsRefusedToo() throws Exception {
        ReloadingPolicyEnforcer policy = enforcer("\"" + RULE + "\": \"role:reader\"\n");

        write("\"" + RULE + "\": \"rule:no_such_rule\"\n");

        assertThat(policy.reloadIfChanged()).isFalse();
        assertThat(policy.check(RULE, READER, "p")).isTrue();
    }

    @Test
    void aDeletedFileKeepsThePreviousRules() throws Exception {
        ReloadingPolicyEnforcer policy = enforcer("\"" + RULE + "\": \"!\"\n");

        Files.delete(file);

        assertThat(policy.reloadIfChanged()).isFalse();
        assertThat(policy.check(RULE, READER, "p")).isFalse();
        assertThat(log.list).anyMatch(e -> e.getLevel() == Level.ERROR);
    }

    @Test
    void aFileThatDoesNotParseAtStartUpStillStopsLaos() throws Exception {
        write("\"" + RULE + "\": \"role:reader and (\"\n");

        assertThatThrownBy(() -> new ReloadingPolicyEnforcer(file, time))
                .isInstanceOf(PolicySyntaxException.class);
    }

    @Test
    void theLoaderWatchesAPolicyFileButNotTheDefaults() throws Exception {
        write("\"" + RULE + "\": \"!\"\n");

        assertThat(PolicyLoader.load(file.toString()))
                .isInstanceOf(ReloadingPolicyEnforcer.class);
        assertThat(PolicyLoader.load(null)).isInstanceOf(OsloPolicyEnforcer.class);
    }

    private ReloadingPolicyEnforcer enforcer(String rules) throws IOException {
        write(rules);
        return new ReloadingPolicyEnforcer(file, time);
    }

    /** A new version of the file, with a modification time of its own. */
    private void write(String rules) throws IOException {
        file = dir.resolve("policy.yaml");
        Files.writeString(file, rules);
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_700_000_000_000L
                + 10_000L * ++version));
    }
}
