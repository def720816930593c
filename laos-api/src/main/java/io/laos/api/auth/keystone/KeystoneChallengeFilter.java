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
package io.laos.api.auth.keystone;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Puts the Keystone challenge on every 401, not only on those of the auth filter: a private
 * route's run, where the token is optional until the route turns out to be private, is refused
 * by the run service, and a client must learn where to get a token there too (RFC 9110 makes
 * {@code WWW-Authenticate} mandatory on a 401).
 */
public class KeystoneChallengeFilter implements ContainerResponseFilter {
    private final String challenge;

    public KeystoneChallengeFilter(String wwwAuthenticateUri) {
        this.challenge = KeystoneChallenge.header(wwwAuthenticateUri);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 401
                && !response.getHeaders().containsKey(HttpHeaders.WWW_AUTHENTICATE)) {
            response.getHeaders().putSingle(HttpHeaders.WWW_AUTHENTICATE, challenge);
        }
    }
}
