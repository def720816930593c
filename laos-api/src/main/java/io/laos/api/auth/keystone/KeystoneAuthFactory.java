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

import com.fasterxml.jackson.annotation.JsonMerge;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.github.benmanes.caffeine.cache.Ticker;
import io.dropwizard.auth.AuthFilter;
import io.dropwizard.client.JerseyClientBuilder;
import io.dropwizard.client.JerseyClientConfiguration;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.util.Duration;
import io.laos.api.auth.AuthFactory;
import io.laos.api.auth.LaosPrincipal;
import io.laos.api.metrics.TokenCacheMetrics;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.client.Client;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * {@code auth.type: keystone}: every request needs an {@code X-Auth-Token} that Keystone v3
 * validates (see {@code docs/auth.md}). Nothing contacts Keystone at start-up, so LaOS starts
 * while Keystone is down and answers 503 to authenticated requests until it is back.
 */
@JsonTypeName("keystone")
public class KeystoneAuthFactory implements AuthFactory {

    /** Keystone's v3 endpoint as LaOS reaches it, e.g. {@code http://127.0.0.1:5000/v3}. */
    @NotEmpty
    @JsonProperty
    private String url;

    /** The public identity endpoint named in 401 challenges; default: {@code url} less /v3. */
    @JsonProperty
    private String wwwAuthenticateUri;

    @Valid
    @NotNull
    @JsonProperty
    private ServiceUser serviceUser;

    /** How long a validated token is trusted without asking again (the revocation lag). */
    @NotNull
    @JsonProperty
    private Duration cacheTtl = Duration.minutes(5);

    /** How long an unknown token is remembered as such (0s: never). */
    @NotNull
    @JsonProperty
    private Duration negativeCacheTtl = Duration.seconds(5);

    @Min(1)
    @JsonProperty
    private long cacheMaxSize = 10_000;

    /** Longer tokens are refused without asking Keystone. */
    @Min(1)
    @JsonProperty
    private int maxTokenLength = 8192;

    /**
     * An {@code X-Service-Token} is accepted only when it holds one of these roles
     * (keystonemiddleware's {@code service_token_roles}, required as its default now is).
     */
    @NotEmpty
    @JsonProperty
    private List<String> serviceTokenRoles = List.of("service");

    /**
     * LaOS's service type in the catalog, which the access rules of an application credential
     * must name for its tokens to be allowed anything here (keystonemiddleware's
     * {@code service_type}).
     */
    @NotEmpty
    @JsonProperty
    private String serviceType = "functions";

    /** The HTTP client towards Keystone; keys given in the config override these defaults. */
    @Valid
    @NotNull
    @JsonMerge
    @JsonProperty
    private JerseyClientConfiguration client = defaultClient();

    private static JerseyClientConfiguration defaultClient() {
        JerseyClientConfiguration c = new JerseyClientConfiguration();
        c.setConnectionTimeout(Duration.seconds(2));
        c.setTimeout(Duration.seconds(5));
        c.setConnectionRequestTimeout(Duration.seconds(5));
        // Keystone reads neither compressed nor chunked request bodies (uwsgi's HTTP socket
        // sees an empty body and Keystone answers 400).
        c.setGzipEnabledForRequests(false);
        c.setChunkedEncodingEnabled(false);
        return c;
    }

    @Override
    public AuthFilter<?, LaosPrincipal> buildAuthFilter(Environment environment) {
        if (serviceUser.getPassword() == null || serviceUser.getPassword().isEmpty()) {
            throw new IllegalStateException("auth.serviceUser.password is empty: LaOS needs its"
                    + " service user's password to validate tokens with Keystone");
        }
        Client http = new JerseyClientBuilder(environment).using(client).build("keystone");
        environment.jersey().register(new KeystoneChallengeFilter(getWwwAuthenticateUri()));
        return build(http, Clock.systemUTC(), Ticker.systemTicker(),
                new TokenCacheMetrics(environment.metrics()));
    }

    /** The filter, from an HTTP client, time sources and metrics of the caller's choice. */
    public AuthFilter<String, LaosPrincipal> build(Client http, Clock clock, Ticker ticker,
                                                   TokenCacheMetrics metrics) {
        KeystoneClient keystone = new KeystoneClient(http, url);
        ServiceToken token = new ServiceToken(keystone, serviceUser, clock);
        KeystoneAuthenticator authenticator = new KeystoneAuthenticator(keystone, token, clock,
                ticker, cacheTtl.toJavaDuration(), negativeCacheTtl.toJavaDuration(),
                cacheMaxSize, metrics);
        return new KeystoneAuthFilter.Builder(maxTokenLength, Set.copyOf(serviceTokenRoles),
                        serviceType)
                .setAuthenticator(authenticator)
                .setUnauthorizedHandler(new KeystoneChallenge(getWwwAuthenticateUri()))
                .setPrefix("Keystone").setRealm("laos").buildAuthFilter();
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    /** The configured challenge URI, or the unversioned {@code url} (as keystonemiddleware). */
    public String getWwwAuthenticateUri() {
        if (wwwAuthenticateUri != null && !wwwAuthenticateUri.isBlank()) {
            return wwwAuthenticateUri;
        }
        return url.replaceFirst("/+$", "").replaceFirst("/v3$", "");
    }

    public ServiceUser getServiceUser() {
        return serviceUser;
    }

    public void setServiceUser(ServiceUser serviceUser) {
        this.serviceUser = serviceUser;
    }

    public Duration getCacheTtl() {
        return cacheTtl;
    }

    public void setCacheTtl(Duration cacheTtl) {
        this.cacheTtl = cacheTtl;
    }

    public Duration getNegativeCacheTtl() {
        return negativeCacheTtl;
    }

    public void setNegativeCacheTtl(Duration negativeCacheTtl) {
        this.negativeCacheTtl = negativeCacheTtl;
    }

    public long getCacheMaxSize() {
        return cacheMaxSize;
    }

    public int getMaxTokenLength() {
        return maxTokenLength;
    }

    public List<String> getServiceTokenRoles() {
        return serviceTokenRoles;
    }

    public void setServiceTokenRoles(List<String> serviceTokenRoles) {
        this.serviceTokenRoles = serviceTokenRoles;
    }

    public String getServiceType() {
        return serviceType;
    }

    public void setServiceType(String serviceType) {
        this.serviceType = serviceType;
    }

    public JerseyClientConfiguration getClient() {
        return client;
    }
}
