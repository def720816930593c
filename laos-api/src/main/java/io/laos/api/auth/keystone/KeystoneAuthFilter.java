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

import io.dropwizard.auth.AuthFilter;
import io.laos.api.auth.LaosPrincipal;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * Authenticates a request by its {@code X-Auth-Token} header, as keystonemiddleware does: no
 * token, a malformed one or one Keystone does not know answers 401 with a
 * {@code WWW-Authenticate: Keystone uri="..."} challenge; Keystone trouble answers 503.
 */
@Priority(Priorities.AUTHENTICATION)
public class KeystoneAuthFilter extends AuthFilter<String, LaosPrincipal> {
    public static final String TOKEN_HEADER = "X-Auth-Token";

    private final int maxTokenLength;

    KeystoneAuthFilter(int maxTokenLength) {
        this.maxTokenLength = maxTokenLength;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String token = request.getHeaderString(TOKEN_HEADER);
        // Refused before any Keystone call: garbage never costs Keystone (or the cache) work.
        if (!isWellFormed(token, maxTokenLength) || !authenticate(request, token, "Keystone")) {
            throw unauthorizedHandler.buildException(prefix, realm);
        }
    }

    /**
     * Whether a token could be a Keystone token at all: present, not longer than
     * {@code maxLength}, and written only in the characters Keystone's token formats use
     * (Fernet and JWS tokens are URL-safe base64, with dots in JWS; UUID tokens are hex).
     * Anything else is not worth a Keystone call, and never reaches a log or the cache.
     */
    static boolean isWellFormed(String token, int maxLength) {
        if (token == null || token.isEmpty() || token.length() > maxLength) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
                    || (c >= '0' && c <= '9') || "-_.=+/".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Builds the filter the Dropwizard way. */
    public static class Builder
            extends AuthFilterBuilder<String, LaosPrincipal, KeystoneAuthFilter> {
        private final int maxTokenLength;

        public Builder(int maxTokenLength) {
            this.maxTokenLength = maxTokenLength;
        }

        @Override
        protected KeystoneAuthFilter newInstance() {
            return new KeystoneAuthFilter(maxTokenLength);
        }
    }
}
