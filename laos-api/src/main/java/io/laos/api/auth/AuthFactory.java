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
package io.laos.api.auth;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.dropwizard.auth.AuthFilter;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jackson.Discoverable;

/**
 * Builds the authentication of API requests named by {@code auth.type} in the config
 * ({@code keystone}, or {@code noauth} for development). Implementations are listed in
 * {@code META-INF/services/io.laos.api.auth.AuthFactory}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
public interface AuthFactory extends Discoverable {

    /** The Dropwizard Auth filter that turns a request into a {@link LaosPrincipal}. */
    AuthFilter<?, LaosPrincipal> buildAuthFilter(Environment environment);

    /**
     * True for authentication that must never face a network (noauth): LaOS then refuses to
     * bind to a non-loopback address unless the config explicitly allows it.
     */
    default boolean developmentOnly() {
        return false;
    }
}
