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
import io.dropwizard.auth.AuthenticationException;
import io.laos.api.auth.AccessRules;
import io.laos.api.auth.LaosPrincipal;
import io.laos.common.error.LaosException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.InternalServerErrorException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authenticates a request by its {@code X-Auth-Token} header, as keystonemiddleware does: no
 * token, a malformed one or one Keystone does not know answers 401 with a
 * {@code WWW-Authenticate: Keystone uri="..."} challenge; Keystone trouble answers 503.
 *
 * <p>An {@code X-Service-Token} (another OpenStack service calling on the user's behalf) is
 * validated the same way, through the same cache, and must hold one of the service roles; an
 * invalid one answers 401 even when the user's token is good. A valid one puts the service's
 * identity into the principal, for policy rules on {@code service_roles} and the like.
 *
 * <p>A token of an application credential limited by access rules is then allowed only the
 * requests one of its rules matches (service type, method, path): any other answers 403, as
 * the token itself is valid. With a valid service token the rules are not matched, as in
 * keystonemiddleware: the request is one step of a chain that another service started.
 */
@Priority(Priorities.AUTHENTICATION)
public class KeystoneAuthFilter extends AuthFilter<String, LaosPrincipal> {
    public static final String TOKEN_HEADER = "X-Auth-Token";
    public static final String SERVICE_TOKEN_HEADER = "X-Service-Token";
    private static final Logger LOG = LoggerFactory.getLogger(KeystoneAuthFilter.class);

    private final int maxTokenLength;
    private final Set<String> serviceRoles;
    private final String serviceType;

    KeystoneAuthFilter(int maxTokenLength, Set<String> serviceRoles, String serviceType) {
        this.maxTokenLength = maxTokenLength;
        this.serviceRoles = serviceRoles.stream().map(r -> r.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        this.serviceType = serviceType;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String token = request.getHeaderString(TOKEN_HEADER);
        String service = request.getHeaderString(SERVICE_TOKEN_HEADER);
        // keystonemiddleware treats an empty service token as none.
        boolean withService = service != null && !service.isEmpty();
        // Refused before any Keystone call: garbage never costs Keystone (or the cache) work.
        if (!isWellFormed(token, maxTokenLength)
                || (withService && !isWellFormed(service, maxTokenLength))
                || !authenticate(request, token, "Keystone")) {
            throw unauthorizedHandler.buildException(prefix, realm);
        }
        if (withService) {
            LaosPrincipal serviceCaller = validService(service);
            SecurityContext user = request.getSecurityContext();
            LaosPrincipal both = ((LaosPrincipal) user.getUserPrincipal()).withService(
                    serviceCaller);
            request.setSecurityContext(new WithService(user, both));
        } else {
            checkAccessRules(request, (LaosPrincipal) request.getSecurityContext()
                    .getUserPrincipal());
        }
    }

    /**
     * 403 unless the caller's access rules, if it has any, allow this request. The path is
     * the request's whole path (e.g. {@code /v1/PROJECT/apps/myapp}, percent-decoded, without
     * the query), what keystonemiddleware matches ({@code request.path}).
     */
    private void checkAccessRules(ContainerRequestContext request, LaosPrincipal caller) {
        AccessRules rules = caller.accessRules();
        if (rules == null) {
            return;
        }
        String method = request.getMethod();
        String path = request.getUriInfo().getRequestUri().getPath();
        if (!rules.allow(serviceType, method, path)) {
            LOG.info("Refused {} {} to application credential {}: none of its access rules"
                    + " allows it", method, path, rules.credentialId());
            throw LaosException.forbidden("This token's application credential has access"
                    + " rules, and none of them allows " + method + " " + path + " on the '"
                    + serviceType + "' service");
        }
    }

    /** The service token's identity; 401 unless Keystone knows it and it has a service role. */
    private LaosPrincipal validService(String service) {
        LaosPrincipal caller;
        try {
            caller = authenticator.authenticate(service).orElse(null);
        } catch (AuthenticationException e) {
            throw new InternalServerErrorException(e); // as Dropwizard's own authenticate()
        }
        if (caller == null) {
            throw unauthorizedHandler.buildException(prefix, realm);
        }
        if (caller.roles().stream().noneMatch(serviceRoles::contains)) {
            LOG.info("Refused a service token of user {}: it holds none of the service roles {}",
                    caller.userId(), serviceRoles);
            throw unauthorizedHandler.buildException(prefix, realm);
        }
        return caller;
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

    /** The user's security context, with the principal that also carries the service. */
    private record WithService(SecurityContext user, LaosPrincipal principal)
            implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return principal;
        }

        @Override
        public boolean isUserInRole(String role) {
            return user.isUserInRole(role);
        }

        @Override
        public boolean isSecure() {
            return user.isSecure();
        }

        @Override
        public String getAuthenticationScheme() {
            return user.getAuthenticationScheme();
        }
    }

    /** Builds the filter the Dropwizard way. */
    public static class Builder
            extends AuthFilterBuilder<String, LaosPrincipal, KeystoneAuthFilter> {
        private final int maxTokenLength;
        private final Set<String> serviceRoles;
        private final String serviceType;

        /** @param serviceType LaOS's service type, which access rules must name */
        public Builder(int maxTokenLength, Set<String> serviceRoles, String serviceType) {
            this.maxTokenLength = maxTokenLength;
            this.serviceRoles = serviceRoles;
            this.serviceType = serviceType;
        }

        @Override
        protected KeystoneAuthFilter newInstance() {
            return new KeystoneAuthFilter(maxTokenLength, serviceRoles, serviceType);
        }
    }
}
