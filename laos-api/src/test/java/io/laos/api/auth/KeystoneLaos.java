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

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.testing.ConfigOverride;
import io.laos.api.metrics.MeteredDriver;
import io.laos.api.testing.LaosTestApp;
import io.laos.api.testing.ScriptedDriver;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@link LaosTestApp} with {@code auth.type: keystone} against a given Keystone, whose
 * requests carry the token a test chooses. Its engine is the test-only {@link ScriptedDriver},
 * so that runs can leave a function log.
 */
public final class KeystoneLaos extends LaosTestApp {

    private KeystoneLaos(String keystoneUrl, String serviceUser, String servicePassword,
                         ConfigOverride... more) {
        super(KEYSTONE_CONFIG, scripted(keystone(keystoneUrl, serviceUser, servicePassword, more)));
    }

    /** Starts LaOS against the Keystone at {@code keystoneUrl} (a v3 URL). */
    public static KeystoneLaos start(String keystoneUrl, String serviceUser,
                                     String servicePassword, ConfigOverride... more)
            throws Exception {
        return started(new KeystoneLaos(keystoneUrl, serviceUser, servicePassword, more));
    }

    /** Sends a request; {@code token} and {@code body} (JSON) may be null. */
    public Response send(String method, String path, String token, String body) {
        return send(method, path, token, body, Map.of());
    }

    /** Sends a request with more headers (an {@code X-Service-Token}, say). */
    public Response send(String method, String path, String token, String body,
                         Map<String, String> headers) {
        HttpRequest.Builder b = request(method, path, body,
                body == null ? null : "application/json");
        if (token != null) {
            b.header("X-Auth-Token", token);
        }
        headers.forEach(b::header);
        return send(b);
    }

    /** How many runs reached the engine so far (the engine's {@code invoke} timer). */
    public long engineInvocations() {
        return metrics().timer(MetricRegistry.name(MeteredDriver.PREFIX, "invoke")).getCount();
    }

    private static List<ConfigOverride> scripted(List<ConfigOverride> overrides) {
        List<ConfigOverride> all = new ArrayList<>(overrides);
        all.add(ConfigOverride.config("driver.type", "scripted"));
        return all;
    }
}
