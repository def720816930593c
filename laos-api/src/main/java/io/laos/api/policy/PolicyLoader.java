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

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the policy enforcer from the config's {@code policyFile}: the defaults in code, with
 * the file's rules laid over them. A file that cannot be read or parsed stops LaOS at start-up
 * with a {@link PolicySyntaxException}; LaOS never runs on a policy it only half understood.
 * Later changes to the file are applied while LaOS runs (see {@link ReloadingPolicyEnforcer}).
 */
public final class PolicyLoader {
    private static final Logger LOG = LoggerFactory.getLogger(PolicyLoader.class);

    private PolicyLoader() {
    }

    /**
     * The enforcer; {@code policyFile} null or blank means the defaults alone, otherwise the
     * file is watched for changes.
     */
    public static PolicyEnforcer load(String policyFile) {
        if (policyFile == null || policyFile.isBlank()) {
            return new OsloPolicyEnforcer(loadRules(policyFile));
        }
        return new ReloadingPolicyEnforcer(Path.of(policyFile), Clock.systemUTC());
    }

    /** The effective rules (what {@code policy check} prints). */
    public static RuleSet loadRules(String policyFile) {
        if (policyFile == null || policyFile.isBlank()) {
            LOG.info("No policy file: the default rules apply");
            return RuleSet.defaults();
        }
        Map<String, PolicyFile.Entry> overrides = PolicyFile.read(Path.of(policyFile));
        RuleSet rules;
        try {
            rules = RuleSet.of(overrides);
        } catch (PolicySyntaxException e) {
            throw new PolicySyntaxException("policy file " + policyFile + ": " + e.getMessage(),
                    e);
        }
        warnAboutSurprises(policyFile, overrides.keySet(), rules);
        LOG.info("Policy file {}: {} rule(s) override the defaults", policyFile,
                overrides.size());
        return rules;
    }

    /** Legal, but probably not what the operator meant: say so when the file is read. */
    private static void warnAboutSurprises(String file, Set<String> overridden, RuleSet rules) {
        Set<String> known = PolicyDefaults.ALL.stream().map(PolicyDefaults.RuleDefault::name)
                .collect(Collectors.toSet());
        for (String name : overridden) {
            if (!known.contains(name) && !rules.isReferenced(name)) {
                LOG.warn("Policy file {}: rule '{}' is no LaOS action and no rule refers to it;"
                        + " is it a typo?", file, name);
            }
        }
        for (RuleSet.Rule rule : rules.all()) {
            if (rules.checks(rule).anyMatch(c -> c instanceof Check.Unsupported)) {
                LOG.warn("Policy file {}: rule '{}' uses an http(s): check, which LaOS does not"
                        + " support; that check always denies", file, rule.name());
            }
        }
    }
}
