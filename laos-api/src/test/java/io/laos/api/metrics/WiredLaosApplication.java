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
package io.laos.api.metrics;

import io.dropwizard.core.setup.Environment;
import io.laos.api.LaosApplication;
import io.laos.api.LaosConfiguration;
import io.laos.api.health.KeystoneHealthCheck;
import io.laos.api.openapi.OpenApiResource;

/**
 * LaosApplication plus the operator wiring that docs/operations.md describes (request metrics,
 * Prometheus export, OpenAPI document, Keystone health check): the lines proposed for
 * LaosApplication.run(), each added only when LaosApplication does not already do it, so that
 * this class is a plain LaosApplication once they are there.
 */
public class WiredLaosApplication extends LaosApplication {

    @Override
    public void run(LaosConfiguration config, Environment env) {
        super.run(config, env);
        var jersey = env.jersey().getResourceConfig();
        if (!jersey.isRegistered(RequestMetricsListener.class)) {
            env.jersey().register(new RequestMetricsListener(env.metrics()));
        }
        if (env.getAdminContext().getServletHandler().getServlet("prometheus") == null) {
            env.admin().addServlet("prometheus", PrometheusExport.servlet(env.metrics()))
                    .addMapping(PrometheusExport.PATH);
        }
        if (!jersey.isRegistered(OpenApiResource.class)) {
            env.jersey().register(new OpenApiResource(env.jersey().getResourceConfig()));
        }
        if (!env.healthChecks().getNames().contains("keystone")) {
            KeystoneHealthCheck.register(env, config.getAuth());
        }
    }
}
