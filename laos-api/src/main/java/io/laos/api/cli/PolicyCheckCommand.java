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
package io.laos.api.cli;

import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.laos.api.LaosConfiguration;
import io.laos.api.auth.LaosPrincipal;
import io.laos.api.policy.OsloPolicyEnforcer;
import io.laos.api.policy.PolicyLoader;
import io.laos.api.policy.PolicyRequest;
import io.laos.api.policy.RuleSet;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/**
 * {@code java -jar laos-api.jar policy check CONFIG [--rule NAME --roles a,b --project P
 * --target-project Q]}: prints every effective policy rule (and whether the policy file
 * overrides it), and optionally one decision. A policy file that does not parse fails the
 * command exactly as it would fail the server's start-up, so it doubles as a linter.
 */
public class PolicyCheckCommand extends ConfiguredCommand<LaosConfiguration> {
    private final PrintStream out;

    public PolicyCheckCommand() {
        this(System.out);
    }

    public PolicyCheckCommand(PrintStream out) {
        super("policy", "Inspect the authorization policy");
        this.out = out;
    }

    @Override
    public void configure(Subparser subparser) {
        // "policy check" rather than "policy-check": room for more policy verbs, as "db" has.
        Subparser check = subparser.addSubparsers().dest("policy_command").addParser("check")
                .help("print the effective rules; with --rule, also evaluate one decision");
        super.configure(check);
        check.addArgument("--rule").help("a rule name to evaluate, e.g. laos:apps:create");
        check.addArgument("--roles").setDefault("")
                .help("the caller's roles, comma-separated, e.g. member,reader");
        check.addArgument("--project").help("the caller's (token's) project id");
        check.addArgument("--user").setDefault("policy-check").help("the caller's user id");
        check.addArgument("--target-project").dest("target_project")
                .help("the project the action is on (default: --project)");
    }

    @Override
    protected void run(Bootstrap<LaosConfiguration> bootstrap, Namespace namespace,
                       LaosConfiguration configuration) {
        String file = configuration.getPolicyFile();
        RuleSet rules = PolicyLoader.loadRules(file);
        printRules(file, rules);
        String rule = namespace.getString("rule");
        if (rule != null) {
            printDecision(new OsloPolicyEnforcer(rules), rule, namespace);
        }
    }

    private void printRules(String file, RuleSet rules) {
        boolean noFile = file == null || file.isBlank();
        out.println("Policy file: " + (noFile ? "(none: defaults only)" : file));
        int width = rules.all().stream().mapToInt(r -> r.name().length()).max().orElse(4);
        String format = "%-" + width + "s  %-10s  %s%n";
        out.printf(format, "RULE", "SOURCE", "CHECK");
        for (RuleSet.Rule r : rules.all()) {
            String source = r.overridden() ? (r.description() == null ? "file (new)" : "file")
                    : "default";
            out.printf(format, r.name(), source, r.text().isEmpty() ? "\"\"" : r.text());
        }
    }

    private void printDecision(OsloPolicyEnforcer policy, String rule, Namespace ns) {
        Set<String> roles = Arrays.stream(ns.getString("roles").split(","))
                .map(String::trim).filter(r -> !r.isEmpty()).collect(Collectors.toSet());
        String project = ns.getString("project");
        String target = ns.getString("target_project") == null ? project
                : ns.getString("target_project");
        LaosPrincipal caller = new LaosPrincipal(ns.getString("user"), project, roles, null);
        boolean allowed = policy.check(rule, PolicyRequest.credentialsOf(caller),
                PolicyRequest.targetOf(target));
        String how = policy.rules().get(rule).isPresent() ? ""
                : " (no such rule: the 'default' rule decided)";
        out.printf("%n%s: %s%s%n  caller: user %s, project %s, roles %s%n  target: project %s%n",
                rule, allowed ? "ALLOW" : "DENY", how, caller.userId(), project,
                caller.roles().stream().sorted().toList(), target);
    }
}
