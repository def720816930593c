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
package io.laos.api.health;

import com.codahale.metrics.health.HealthCheck;
import io.dropwizard.client.JerseyClientBuilder;
import io.dropwizard.core.setup.Environment;
import io.laos.api.auth.AuthFactory;
import io.laos.api.auth.keystone.KeystoneAuthFactory;
import io.laos.common.error.LaosException;

/**
 * The admin port's {@code keystone} health check: Keystone answers its version document. It
 * asks for no token, so a health poll never costs Keystone a login.
 */
public class KeystoneHealthCheck extends HealthCheck {
    private final KeystoneProbe probe;

    public KeystoneHealthCheck(KeystoneProbe probe) {
        this.probe = probe;
    }

    /** Registers the check when {@code auth} is Keystone; does nothing for other auth types. */
    public static void register(Environment environment, AuthFactory auth) {
        if (auth instanceof KeystoneAuthFactory keystone) {
            var http = new JerseyClientBuilder(environment).using(keystone.getClient())
                    .build("keystone-health");
            environment.healthChecks().register("keystone",
                    new KeystoneHealthCheck(new KeystoneProbe(http, keystone.getUrl())));
        }
    }

    @Override
    protected Result check() {
        try {
            probe.versionDocument();
            return Result.healthy("Keystone answers at " + probe.url());
        } catch (LaosException e) {
            return Result.unhealthy(e.getMessage() + ": " + e.operatorDetail());
        }
    }
}
