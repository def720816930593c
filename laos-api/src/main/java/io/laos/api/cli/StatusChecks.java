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

import com.fasterxml.jackson.annotation.JsonTypeName;
import io.dropwizard.client.JerseyClientBuilder;
import io.laos.api.LaosConfiguration;
import io.laos.api.auth.keystone.KeystoneAuthFactory;
import io.laos.api.health.KeystoneProbe;
import io.laos.api.policy.PolicyLoader;
import io.laos.common.error.LaosException;
import io.laos.db.SchemaMigrator;
import jakarta.ws.rs.client.Client;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks of {@code check}, in the spirit of {@code designate-status upgrade check}: each
 * one reaches one dependency and says PASS or FAIL (WARN and SKIP never fail the command).
 */
final class StatusChecks {

    enum Status { PASS, WARN, SKIP, FAIL }

    record Result(Status status, String name, String message) {
    }

    private final AdminContext context;

    StatusChecks(AdminContext context) {
        this.context = context;
    }

    List<Result> run(String configFile) {
        List<Result> results = new ArrayList<>();
        results.add(new Result(Status.PASS, "config", (configFile == null ? "defaults"
                : configFile) + " loaded and valid"));
        results.add(attempt("policy", this::policy));
        results.add(attempt("database", this::database));
        results.add(attempt("engine", this::engine));
        results.add(attempt("keystone", this::keystone));
        return results;
    }

    private interface Check {
        Result run() throws Exception;
    }

    private static Result attempt(String name, Check check) {
        try {
            return check.run();
        } catch (LaosException e) {
            return new Result(Status.FAIL, name, e.getMessage()
                    + (e.operatorDetail() == null ? "" : " (" + e.operatorDetail() + ")"));
        } catch (Exception e) {
            return new Result(Status.FAIL, name, e.getMessage() == null ? e.toString()
                    : e.getMessage());
        }
    }

    private Result policy() {
        String file = context.config().getPolicyFile();
        int rules = PolicyLoader.loadRules(file).all().size();
        return new Result(Status.PASS, "policy", rules + " rules"
                + (file == null || file.isBlank() ? " (defaults, no policy file)" : " from "
                + file));
    }

    private Result database() throws Exception {
        int pending = SchemaMigrator.pendingChangeSets(context.dataSource());
        if (pending > 0) {
            return new Result(Status.FAIL, "database", pending + " schema change(s) not applied:"
                    + " run 'laos-manage db migrate CONFIG'");
        }
        return new Result(Status.PASS, "database", "reachable, schema is current");
    }

    private Result engine() throws Exception {
        context.driver().checkHealth();
        return new Result(Status.PASS, "engine", typeOf(context.config().getDriver())
                + " engine answers");
    }

    private Result keystone() throws Exception {
        LaosConfiguration config = context.config();
        if (!(config.getAuth() instanceof KeystoneAuthFactory keystone)) {
            return config.getAuth().developmentOnly()
                    ? new Result(Status.WARN, "keystone", "not used: auth.type "
                            + typeOf(config.getAuth()) + " trusts every request (development"
                            + " only)")
                    : new Result(Status.SKIP, "keystone", "not used: auth.type "
                            + typeOf(config.getAuth()));
        }
        Client http = new JerseyClientBuilder(context.environment())
                .using(keystone.getClient()).build("keystone-check");
        try {
            context.startManaged();
            new KeystoneProbe(http, keystone.getUrl()).authenticate(keystone.getServiceUser());
        } finally {
            http.close();
        }
        return new Result(Status.PASS, "keystone", "service user "
                + keystone.getServiceUser().getName() + " authenticated at " + keystone.getUrl());
    }

    private static String typeOf(Object factory) {
        JsonTypeName name = factory.getClass().getAnnotation(JsonTypeName.class);
        return name == null ? factory.getClass().getSimpleName() : name.value();
    }
}
