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
package io.laos.api.health;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.laos.api.auth.keystone.KeystoneClient;
import io.laos.api.auth.keystone.ServiceUser;
import io.laos.common.error.ErrorKind;
import io.laos.common.error.LaosException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;

/**
 * Reaches Keystone for health checks and {@code check}: cheaply (its unauthenticated v3
 * version document), or thoroughly (logging in as LaOS's service user, which also proves the
 * configured credentials). Failures are 503 {@link LaosException}s; nothing here ever puts a
 * token or a password in a message.
 */
public class KeystoneProbe {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Client http;
    private final String v3Url;

    public KeystoneProbe(Client http, String v3Url) {
        this.http = http;
        this.v3Url = v3Url;
    }

    public String url() {
        return v3Url;
    }

    /** {@code GET <url>}: Keystone answers its version document without a token. */
    public void versionDocument() {
        try (Response r = http.target(v3Url).request(MediaType.APPLICATION_JSON_TYPE).get()) {
            if (r.getStatus() != 200) {
                throw unavailable("GET " + v3Url + " answered " + r.getStatus(), null);
            }
            JsonNode body = JSON.readTree(r.readEntity(String.class));
            if (body == null || !body.path("version").isObject()) {
                throw unavailable("GET " + v3Url + " is not Keystone's version document", null);
            }
        } catch (ProcessingException | IOException e) {
            throw unavailable("GET " + v3Url + ": " + e.getMessage(), e);
        }
    }

    /** Logs in as the service user; the token obtained is dropped at once. */
    public void authenticate(ServiceUser user) {
        new KeystoneClient(http, v3Url).issue(user);
    }

    private static LaosException unavailable(String detail, Throwable cause) {
        return new LaosException(ErrorKind.UNAVAILABLE, "Keystone is unreachable", null, detail,
                cause);
    }
}
