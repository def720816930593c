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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The policy of a policy file, applied again whenever the file changes (as oslo.policy does), so
 * that an operator need not restart LaOS to change a rule.
 *
 * <ul>
 *   <li>Cheap: a decision looks at the file at most once per {@link #CHECK_EVERY}, and then
 *       only its modification time and size; a burst of requests makes one stat, not one each.
 *       The file is read again only when either changed.</li>
 *   <li>Safe: a changed file that cannot be used (it does not parse, names an undefined rule,
 *       has vanished...) keeps the previous rules in force and is logged as an error once per
 *       change, never a silent allow or a deny-all. At start-up, such a file still stops LaOS
 *       ({@link PolicySyntaxException}).</li>
 * </ul>
 */
public final class ReloadingPolicyEnforcer implements PolicyEnforcer {
    static final Duration CHECK_EVERY = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(ReloadingPolicyEnforcer.class);

    /** What tells one version of the file from the next; null fields when it is unreadable. */
    private record Version(FileTime modified, long size) {
        static Version of(Path file) {
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                return new Version(a.lastModifiedTime(), a.size());
            } catch (IOException e) {
                return new Version(null, -1);
            }
        }
    }

    private final Path file;
    private final Clock clock;
    private final AtomicLong nextCheckMillis;
    private volatile OsloPolicyEnforcer current;
    private Version inForce;
    private Version refused;

    /** Loads the file now; throws {@link PolicySyntaxException} when it cannot be used. */
    public ReloadingPolicyEnforcer(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
        // The version is taken before the read: a change during the read is seen next time.
        this.inForce = Version.of(file);
        this.current = new OsloPolicyEnforcer(PolicyLoader.loadRules(file.toString()));
        this.nextCheckMillis = new AtomicLong(clock.millis() + CHECK_EVERY.toMillis());
    }

    @Override
    public boolean check(String rule, LaosPrincipal caller, String projectId) {
        long now = clock.millis();
        long next = nextCheckMillis.get();
        // One caller per period wins the right to look; the others use the rules in force.
        if (now >= next && nextCheckMillis.compareAndSet(next, now + CHECK_EVERY.toMillis())) {
            reloadIfChanged();
        }
        return current.check(rule, caller, projectId);
    }

    /** The rules in force (what a decision made now would use). */
    public RuleSet rules() {
        return current.rules();
    }

    /**
     * Looks at the file now and applies it if it changed since the rules in force (or since a
     * version that was refused) were read. True when new rules took effect.
     */
    synchronized boolean reloadIfChanged() {
        Version seen = Version.of(file);
        if (seen.equals(inForce) || seen.equals(refused)) {
            return false;
        }
        try {
            current = new OsloPolicyEnforcer(PolicyLoader.loadRules(file.toString()));
            inForce = seen;
            refused = null;
            LOG.info("Policy file {} changed: its rules are in force now", file);
            return true;
        } catch (PolicySyntaxException e) {
            refused = seen;
            LOG.error("Policy file {} changed but cannot be used, so the previous rules stay in"
                    + " force until it is fixed: {}", file, e.getMessage());
            return false;
        }
    }
}
