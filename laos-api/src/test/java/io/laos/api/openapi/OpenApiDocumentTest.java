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
package io.laos.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.ConfigOverride;
import io.laos.api.testing.FakeKeystone;
import io.laos.api.testing.LaosTestApp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document of the running application (with Keystone auth, so that "no token"
 * means something): served without a token, and listing every path and method Jersey serves.
 */
class OpenApiDocumentTest {
    private static FakeKeystone keystone;
    private static LaosTestApp app;

    @BeforeAll
    static void start() throws Exception {
        keystone = FakeKeystone.start();
        app = LaosTestApp.start(ConfigOverride.config("auth.type", "keystone"),
                ConfigOverride.config("auth.url", keystone.url()),
                ConfigOverride.config("auth.serviceUser.name", FakeKeystone.SERVICE_USER),
                ConfigOverride.config("auth.serviceUser.password",
                        FakeKeystone.SERVICE_PASSWORD),
                ConfigOverride.config("auth.serviceUser.project", FakeKeystone.SERVICE_PROJECT));
    }

    @AfterAll
    static void stop() {
        app.close();
        keystone.close();
    }

    @Test
    void isServedWithoutATokenWhileTheApiNeedsOne() throws Exception {
        LaosTestApp.Response doc = app.get("/api/openapi.json");
        LaosTestApp.Response yaml = app.get("/api/openapi.yaml");

        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.header("Content-Type")).startsWith("application/json");
        assertThat(doc.json().path("openapi").asText()).startsWith("3.");
        assertThat(yaml.status()).isEqualTo(200);
        assertThat(yaml.text()).contains("openapi: 3.");
        LaosTestApp.Response api = app.get("/v1/demo/apps");
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.json().path("error").path("code").asInt()).isEqualTo(401);
        LaosTestApp.Response unknown = app.get("/api/nothing-here");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("error").path("code").asInt()).isEqualTo(404);
    }

    @Test
    void versionMatchesTheVersionDocument() throws Exception {
        JsonNode doc = app.get("/api/openapi.json").json();
        JsonNode versions = app.get("/").json();

        assertThat(doc.path("info").path("version").asText())
                .isEqualTo(OpenApiDocument.API_VERSION);
        assertThat(versions.path("versions").get(0).path("id").asText())
                .isEqualTo("v" + OpenApiDocument.API_VERSION);
    }

    @Test
    void everyResourceMethodJerseyServesIsDocumented() throws Exception {
        JsonNode paths = app.get("/api/openapi.json").json().path("paths");
        List<String> served = new ArrayList<>();
        for (Class<?> type : OpenApiDocument.resourceClasses(
                app.environment().jersey().getResourceConfig())) {
            Resource resource = Resource.from(type);
            collect(resource, "", served);
        }

        assertThat(served).as("resource methods found").hasSizeGreaterThan(10)
                .contains("GET /v1/{project_id}/apps", "DELETE /v1/{project_id}/apps/{app}",
                        "POST /r/{project_id}/{app}/{route}",
                        "POST /v1/r/{project_id}/{app}/{route}");
        for (String endpoint : served) {
            String[] parts = endpoint.split(" ", 2);
            assertThat(paths.path(parts[1]).has(parts[0].toLowerCase(Locale.ROOT)))
                    .as("%s is in the document", endpoint).isTrue();
        }
    }

    @Test
    void operationsThatTakeACallerNeedAKeystoneToken() throws Exception {
        JsonNode doc = app.get("/api/openapi.json").json();
        JsonNode list = doc.path("paths").path("/v1/{project_id}/apps").path("get");

        assertThat(list.path("security").toString()).isEqualTo("[{\"keystone\":[]}]");
        assertThat(list.path("operationId").asText()).isEqualTo("app_list");
        assertThat(doc.path("paths").path("/r/{project_id}/{app}/{route}").path("post")
                .path("security").toString()).isEqualTo("[{},{\"keystone\":[]}]");
        assertThat(list.has("requestBody")).isFalse();
        assertThat(doc.path("components").path("securitySchemes").path("keystone")
                .path("name").asText()).isEqualTo("X-Auth-Token");
        assertThat(doc.path("paths").path("/").path("get").has("security")).isFalse();
    }

    /** "METHOD /path" of every resource method, regular expressions stripped from templates. */
    private static void collect(Resource resource, String parent, List<String> out) {
        for (String path : join(parent, resource.getPath())) {
            for (ResourceMethod method : resource.getResourceMethods()) {
                out.add(method.getHttpMethod() + " " + path);
            }
            for (Resource child : resource.getChildResources()) {
                collect(child, path, out);
            }
        }
    }

    /** {@code {name: a|b}} stands for two paths; any other expression is dropped. */
    private static List<String> join(String parent, String path) {
        List<String> paths = new ArrayList<>(List.of(parent + "/" + (path == null ? "" : path)));
        Matcher alt = Pattern.compile("\\{\\s*\\w+\\s*:\\s*([\\w/]+(\\|[\\w/]+)+)\\s*}")
                .matcher(paths.get(0));
        if (alt.find()) {
            String template = alt.group();
            paths = Stream.of(alt.group(1).split("\\|"))
                    .map(literal -> parent + "/" + path.replace(template, literal)).toList();
        }
        return paths.stream()
                .map(p -> p.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/"))
                .map(p -> p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p)
                .toList();
    }
}
