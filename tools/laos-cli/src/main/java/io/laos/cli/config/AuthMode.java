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
package io.laos.cli.config;

import io.laos.cli.CliException;
import java.util.Locale;

/** How the client gets to LaOS: with a Keystone password, with a token, or with no token. */
public enum AuthMode {
    /** Password login at Keystone v3; the endpoint comes from the token's catalog. */
    PASSWORD,
    /** An existing token, with an explicit endpoint and project or validated at Keystone. */
    TOKEN,
    /** No token at all: a development server with {@code auth: {type: noauth}}. */
    NONE;

    /** Reads an {@code auth_type} / {@code OS_AUTH_TYPE} / {@code --os-auth-type} value. */
    public static AuthMode parse(String authType) {
        return switch (authType.toLowerCase(Locale.ROOT)) {
            case "password", "v3password" -> PASSWORD;
            case "token", "v3token", "admin_token" -> TOKEN;
            case "none", "noauth" -> NONE;
            default -> throw new CliException("auth type '" + authType + "' is not supported"
                    + " by laos (use password, token or none)");
        };
    }
}
