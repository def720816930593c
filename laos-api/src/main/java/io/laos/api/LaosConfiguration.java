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
package io.laos.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.core.Configuration;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.util.DataSize;
import io.laos.api.auth.AuthFactory;
import io.laos.api.driver.FunctionsDriverFactory;
import io.laos.api.run.RunsConfiguration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The one config file (see {@code etc/laos/laos.yml}). Pluggable parts are chosen by their
 * {@code type}: {@code auth} (keystone, noauth) and {@code driver} (ironfunctions, local, noop).
 */
public class LaosConfiguration extends Configuration {

    @Valid
    @NotNull
    @JsonProperty
    private DataSourceFactory database = new DataSourceFactory();

    /** Apply the schema migrations at start-up (the embedded H2 default does; production runs
     *  {@code db migrate} instead). */
    @JsonProperty
    private boolean migrateOnStart = false;

    @Valid
    @NotNull
    @JsonProperty
    private AuthFactory auth;

    @Valid
    @NotNull
    @JsonProperty
    private FunctionsDriverFactory driver;

    /** oslo.policy-style overrides; absent means the secure defaults in code. */
    @JsonProperty
    private String policyFile;

    /** The largest control-plane (apps, routes) request body. */
    @NotNull
    @JsonProperty
    private DataSize maxRequestBodySize = DataSize.mebibytes(1);

    /** Runs, call records and usage (see docs/runs.md). */
    @Valid
    @NotNull
    @JsonProperty
    private RunsConfiguration runs = new RunsConfiguration();

    public DataSourceFactory getDatabase() {
        return database;
    }

    public boolean isMigrateOnStart() {
        return migrateOnStart;
    }

    public AuthFactory getAuth() {
        return auth;
    }

    public FunctionsDriverFactory getDriver() {
        return driver;
    }

    public String getPolicyFile() {
        return policyFile;
    }

    public DataSize getMaxRequestBodySize() {
        return maxRequestBodySize;
    }

    public RunsConfiguration getRuns() {
        return runs;
    }
}
