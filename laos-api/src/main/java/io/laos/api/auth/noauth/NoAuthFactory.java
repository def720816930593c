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
package io.laos.api.auth.noauth;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.dropwizard.auth.AuthFilter;
import io.dropwizard.core.setup.Environment;
import io.laos.api.auth.AuthFactory;
import io.laos.api.auth.LaosPrincipal;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Development-only authentication: every request is trusted and acts in the project named in
 * its path, with the configured roles. Never for a cloud: LaOS warns loudly at start-up and
 * refuses a non-loopback bind address unless {@code allowNonLoopback} is set.
 */
@JsonTypeName("noauth")
public class NoAuthFactory implements AuthFactory {
    private static final Logger LOG = LoggerFactory.getLogger(NoAuthFactory.class);

    @JsonProperty
    private List<String> roles = List.of("member", "reader");

    @JsonProperty
    private boolean allowNonLoopback = false;

    public List<String> getRoles() {
        return roles;
    }

    public boolean isAllowNonLoopback() {
        return allowNonLoopback;
    }

    @Override
    public AuthFilter<?, LaosPrincipal> buildAuthFilter(Environment environment) {
        LOG.warn("*************************************************************************");
        LOG.warn("* auth.type is noauth: EVERY REQUEST IS TRUSTED, no token is checked.   *");
        LOG.warn("* This is for development on one machine only. Use auth.type: keystone. *");
        LOG.warn("*************************************************************************");
        return new NoAuthFilter.Builder().setAuthenticator(NoAuthFilter.authenticator(roles))
                .setPrefix("noauth").setRealm("laos").buildAuthFilter();
    }

    @Override
    public boolean developmentOnly() {
        return !allowNonLoopback;
    }
}
