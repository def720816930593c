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
package io.laos.api.driver.ironfunctions;

import com.fasterxml.jackson.annotation.JsonMerge;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.dropwizard.client.JerseyClientBuilder;
import io.dropwizard.client.JerseyClientConfiguration;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MaxDuration;
import io.dropwizard.validation.MinDuration;
import io.laos.api.driver.FunctionsDriverFactory;
import io.laos.common.driver.FunctionsDriver;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.client.Client;
import java.net.URI;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import java.util.concurrent.TimeUnit;

/**
 * {@code driver: {type: ironfunctions}}: LaOS in front of an IronFunctions cluster.
 *
 * <pre>
 * driver:
 *   type: ironfunctions
 *   url: http://127.0.0.1:8080     # the engine's root; /v1 and /r live under it
 *   jwtAuthKey: ...                # only when IronFunctions runs with JWT_AUTH_KEY
 *   runTimeoutMargin: 5s           # a run's read timeout is the route's timeout plus this
 *   client:                        # Dropwizard's HTTP client; these are the defaults
 *     timeout: 60s                 # read timeout of management calls
 *     connectionTimeout: 2s
 *     keepAlive: 60s               # pooled keep-alive connections (0 would close each one)
 *     maxConnections: 1024
 *     maxConnectionsPerRoute: 1024
 *     validateAfterInactivityPeriod: 2s
 *     gzipEnabled: false           # runs stream bodies through unchanged
 *     gzipEnabledForRequests: false
 * </pre>
 *
 * <p>Settings given under {@code client} are merged into these defaults, so a config that sets
 * only {@code timeout} keeps the keep-alive pool.
 */
@JsonTypeName("ironfunctions")
public class IronFunctionsDriverFactory implements FunctionsDriverFactory {

    @NotBlank
    @Pattern(regexp = "https?://[^\\s/?#@]+(/[^\\s?#]*)?",
            message = "must be an http:// or https:// URL without query or credentials")
    @JsonProperty
    private String url;

    /** Write-only: the config can be read back (tests, admin tools) without exposing the key. */
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY)
    private String jwtAuthKey;

    @NotNull
    @MinDuration(value = 0, unit = TimeUnit.SECONDS)
    @MaxDuration(value = 10, unit = TimeUnit.MINUTES)
    @JsonProperty
    private Duration runTimeoutMargin = Duration.seconds(5);

    @Valid
    @NotNull
    @JsonMerge
    @JsonProperty
    private JerseyClientConfiguration client = defaultClient();

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    /** Sets the engine's {@code JWT_AUTH_KEY}; blank means the engine has none. */
    public void setJwtAuthKey(String jwtAuthKey) {
        this.jwtAuthKey = jwtAuthKey;
    }

    public boolean hasJwtAuthKey() {
        return jwtAuthKey != null && !jwtAuthKey.isBlank();
    }

    public Duration getRunTimeoutMargin() {
        return runTimeoutMargin;
    }

    public void setRunTimeoutMargin(Duration runTimeoutMargin) {
        this.runTimeoutMargin = runTimeoutMargin;
    }

    public JerseyClientConfiguration getClient() {
        return client;
    }

    public void setClient(JerseyClientConfiguration client) {
        this.client = client;
    }

    @Override
    public FunctionsDriver build(Environment environment) {
        // The clients and their pools are managed: Dropwizard closes them on shutdown.
        Client jersey = new JerseyClientBuilder(environment).using(client).build("ironfunctions");
        CloseableHttpClient runClient = new RunClientBuilder(environment, client)
                .buildMinimal("ironfunctions-runs");
        return new IronFunctionsDriver(jersey, runClient, client, URI.create(url), jwtAuthKey,
                runTimeoutMargin.toJavaDuration());
    }

    /**
     * Dropwizard's client defaults suit short calls to a web service; the engine needs longer
     * timeouts (functions run for seconds), a kept-alive pool (Dropwizard's default keepAlive of
     * 0 closes every connection after one request) and no gzip (bodies are streamed through).
     * A pooled connection idle for 2 s is checked before reuse; checking on every reuse would
     * cost a millisecond per run.
     */
    static JerseyClientConfiguration defaultClient() {
        JerseyClientConfiguration c = new JerseyClientConfiguration();
        c.setTimeout(Duration.seconds(60));
        c.setConnectionTimeout(Duration.seconds(2));
        c.setKeepAlive(Duration.seconds(60));
        c.setMaxConnections(1024);
        c.setMaxConnectionsPerRoute(1024);
        c.setValidateAfterInactivityPeriod(Duration.seconds(2));
        c.setGzipEnabled(false);
        c.setGzipEnabledForRequests(false);
        // Chunked: a management body is streamed (runs always stream theirs).
        c.setChunkedEncodingEnabled(true);
        return c;
    }

    @Override
    public String toString() {
        return "IronFunctionsDriverFactory[url=" + url + ", jwtAuthKey="
                + (hasJwtAuthKey() ? "(set)" : "(none)") + "]";
    }
}
