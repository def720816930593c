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

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The effective rules: the defaults in code with the policy file's rules laid over them. Built
 * once and checked as a whole: every {@code rule:} must name a defined rule and no rule may
 * refer to itself through others (either would be a silent deny, or an endless loop).
 */
public final class RuleSet {

    /** One effective rule; {@code overridden} when the policy file set it. */
    public record Rule(String name, String text, Check check, boolean overridden,
                       String description) {
    }

    private final Map<String, Rule> rules;

    private RuleSet(Map<String, Rule> rules) {
        this.rules = rules;
    }

    /** The defaults alone. */
    public static RuleSet defaults() {
        return of(Map.of());
    }

    /** The defaults with {@code overrides} (rules read from a policy file) laid over them. */
    public static RuleSet of(Map<String, PolicyFile.Entry> overrides) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        for (PolicyDefaults.RuleDefault d : PolicyDefaults.ALL) {
            rules.put(d.name(), new Rule(d.name(), d.rule(), RuleParser.parse(d.rule()), false,
                    d.description()));
        }
        overrides.forEach((name, entry) -> {
            Rule before = rules.get(name);
            rules.put(name, new Rule(name, entry.text(), entry.check(), true,
                    before == null ? null : before.description()));
        });
        RuleSet set = new RuleSet(rules);
        rules.keySet().forEach(name -> set.checkReferences(name, new ArrayList<>()));
        return set;
    }

    public Optional<Rule> get(String name) {
        return Optional.ofNullable(rules.get(name));
    }

    public Collection<Rule> all() {
        return rules.values();
    }

    /** Every check of every rule, flattened (to find the unsupported ones, for example). */
    public Stream<Check> checks(Rule rule) {
        return flatten(rule.check());
    }

    /** Whether some rule refers to {@code name} with {@code rule:}. */
    public boolean isReferenced(String name) {
        return rules.values().stream().flatMap(this::checks)
                .anyMatch(c -> c instanceof Check.RuleRef r && r.name().equals(name));
    }

    private void checkReferences(String name, List<String> path) {
        if (path.contains(name)) {
            path.add(name);
            throw new PolicySyntaxException("rules refer to each other in a loop: "
                    + String.join(" -> ", path));
        }
        path.add(name);
        Set<String> seen = new HashSet<>();
        checks(rules.get(name)).forEach(c -> {
            if (c instanceof Check.RuleRef ref && seen.add(ref.name())) {
                if (!rules.containsKey(ref.name())) {
                    throw new PolicySyntaxException("rule '" + name + "' refers to rule:"
                            + ref.name() + ", which is not defined");
                }
                checkReferences(ref.name(), path);
            }
        });
        path.remove(path.size() - 1);
    }

    private static Stream<Check> flatten(Check check) {
        List<Check> children = check instanceof Check.And and ? and.checks()
                : check instanceof Check.Or or ? or.checks()
                : check instanceof Check.Not not ? List.of(not.check())
                : List.of();
        return Stream.concat(Stream.of(check), children.stream().flatMap(RuleSet::flatten));
    }
}
