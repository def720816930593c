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
package io.laos.cli.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.laos.cli.CliException;
import io.laos.cli.http.ApiException;
import io.laos.cli.http.ErrorBodies;
import io.laos.cli.http.Http;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;

/** The two Keystone v3 calls the client needs: password login and token validation. */
final class Keystone {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern VERSION = Pattern.compile(".*/v\\d+(\\.\\d+)?$");

    private final Http http;

    Keystone(Http http) {
        this.http = http;
    }

    /**
     * {@code POST /v3/auth/tokens}: logs in with a password, scoped to a project. The token
     * is in {@code X-Subject-Token}, its project and catalog in the body.
     */
    KeystoneToken login(String authUrl, ObjectNode user, ObjectNode project) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode auth = body.putObject("auth");
        ObjectNode identity = auth.putObject("identity");
        identity.putArray("methods").add("password");
        identity.putObject("password").set("user", user);
        auth.putObject("scope").set("project", project);
        String text = body.toString();
        HttpRequest request = HttpRequest.newBuilder(URI.create(v3(authUrl) + "/auth/tokens"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(text)).build();
        return token(http.send(request, text), authUrl);
    }

    /** {@code GET /v3/auth/tokens}: a token's own project and catalog, asked with itself. */
    KeystoneToken validate(String authUrl, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(v3(authUrl) + "/auth/tokens"))
                .header("X-Auth-Token", token).header("X-Subject-Token", token).GET().build();
        return token(http.send(request, null), authUrl);
    }

    private static KeystoneToken token(HttpResponse<byte[]> response, String authUrl) {
        if (response.statusCode() >= 400) {
            ApiException e = ErrorBodies.from(response.statusCode(), response.headers(),
                    response.body());
            throw new ApiException("Keystone at " + authUrl + " refused: " + e.getMessage(),
                    e.status(), e.requestId());
        }
        JsonNode token = ErrorBodies.parse(response.body()).path("token");
        String id = response.headers().firstValue("X-Subject-Token").orElse(null);
        String project = token.path("project").path("id").asText("");
        if (id == null || !token.isObject()) {
            throw new CliException("Keystone at " + authUrl + " answered without a token");
        }
        if (project.isEmpty()) {
            throw new CliException("The token is not scoped to a project: give a project"
                    + " (--os-project-name or --os-project-id)");
        }
        return new KeystoneToken(id, project, token.path("catalog"));
    }

    /** The v3 base of an auth URL: {@code /v3} is added when the URL names no version. */
    static String v3(String authUrl) {
        String url = authUrl.strip();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        if (url.endsWith("/v3")) {
            return url;
        }
        if (VERSION.matcher(url).matches()) {
            throw new CliException("laos needs the Identity v3 API, not " + authUrl);
        }
        return url + "/v3";
    }
}
