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

import java.util.List;

/**
 * The access rules of the application credential a token was issued for: the only requests
 * the token may make. A request is allowed when one rule has LaOS's service type, the
 * request's method and a path pattern matching the request's path (keystonemiddleware's
 * {@code validate_allowed_request}). Parsed once per validated token and cached with it, so a
 * request only compares strings and runs {@link AccessRulePath#matches}.
 *
 * @param credentialId the application credential's id (for logs; it is not a secret)
 * @param rules        the rules; none means the token may do nothing at all
 */
public record AccessRules(String credentialId, List<Rule> rules) {

    /**
     * One rule. A null field (a rule Keystone would never send) matches nothing.
     *
     * @param service the service type, e.g. {@code functions}
     * @param method  the HTTP method, upper case as Keystone stores it
     * @param path    the path pattern
     */
    public record Rule(String service, String method, AccessRulePath path) {
        boolean allows(String serviceType, String requestMethod, String requestPath) {
            return service != null && method != null && path != null
                    && service.equals(serviceType) && method.equals(requestMethod)
                    && path.matches(requestPath);
        }

        @Override
        public String toString() {
            return service + " " + method + " " + path;
        }
    }

    public AccessRules {
        rules = List.copyOf(rules);
    }

    /** Whether some rule allows {@code method} on {@code path} of the service {@code type}. */
    public boolean allow(String serviceType, String method, String path) {
        for (Rule rule : rules) {
            if (rule.allows(serviceType, method, path)) {
                return true;
            }
        }
        return false;
    }
}
