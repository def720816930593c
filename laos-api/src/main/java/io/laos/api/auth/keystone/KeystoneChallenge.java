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

import io.dropwizard.auth.UnauthorizedHandler;
import io.laos.api.errors.ErrorResponses;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * The 401 answer: LaOS's JSON error plus the challenge keystonemiddleware sends,
 * {@code WWW-Authenticate: Keystone uri="<public identity endpoint>"}, which tells a client
 * where to get a token. It says nothing about why the token was refused.
 */
public class KeystoneChallenge implements UnauthorizedHandler {
    private final String challenge;

    public KeystoneChallenge(String wwwAuthenticateUri) {
        this.challenge = header(wwwAuthenticateUri);
    }

    /** The {@code WWW-Authenticate} value that names {@code wwwAuthenticateUri}. */
    static String header(String wwwAuthenticateUri) {
        return "Keystone uri=\"" + wwwAuthenticateUri + "\"";
    }

    @Override
    public Response buildResponse(String prefix, String realm) {
        return ErrorResponses.builder(401, "Authentication required: send a valid Keystone"
                + " token in the X-Auth-Token header", null)
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
    }
}
