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
package io.laos.api.resources;

import static org.assertj.core.api.Assertions.assertThat;

import io.laos.api.testing.LaosTestApp.Response;
import io.laos.api.testing.LaosTestApp;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code /v1/r/} is the run path, so {@code r} is not a project id: every project-scoped
 * control-plane request naming it is refused, and a control-plane body under {@code /v1/r/}
 * has the control plane's 1 MiB cap while runs keep their own.
 */
class ReservedProjectIdTest {
    @RegisterExtension
    static final LaosTestApp laos = LaosTestApp.perClass(LaosTestApp.NOAUTH_CONFIG);

    private static final String APP = "{'app': {'name': 'a'}}";
    private static final String ROUTE = "{'route': {'path': '/x', 'image': 'i'}}";

    @Test
    void everyProjectScopedRequestNamingProjectRIs400NamingProjectId() {
        int apps = laos.countRows("apps");
        int routes = laos.countRows("routes");
        List<Response> answers = List.of(
                laos.get("/v1/r/apps"),
                laos.post("/v1/r/apps", APP),
                laos.get("/v1/r/apps/a"),
                laos.patch("/v1/r/apps/a", APP),
                laos.put("/v1/r/apps/a", APP),
                laos.delete("/v1/r/apps/a?cascade=true"),
                laos.get("/v1/r/apps/a/routes"),
                laos.post("/v1/r/apps/a/routes", ROUTE),
                laos.get("/v1/r/apps/a/routes/x"),
                laos.patch("/v1/r/apps/a/routes/x", "{'route': {'timeout': 10}}"),
                laos.delete("/v1/r/apps/a/routes/x"),
                laos.get("/v1/r/calls"),
                laos.get("/v1/r/calls/c1"),
                laos.get("/v1/r/calls/c1/log"),
                laos.get("/v1/r/usage"));
        for (Response r : answers) {
            assertThat(r.status()).as(r.toString()).isEqualTo(400);
            assertThat(r.json().get("error").get("field").asText()).as(r.toString())
                    .isEqualTo("project_id");
            assertThat(r.json().get("error").get("message").asText()).as(r.toString())
                    .contains("run path");
        }
        assertThat(laos.countRows("apps")).isEqualTo(apps);
        assertThat(laos.countRows("routes")).isEqualTo(routes);
    }

    @Test
    void onlyRItselfIsReserved() {
        // Paths are case-sensitive: /v1/R/ is not the run path, and "rr" is just a project.
        for (String p : List.of("rr", "R", "r-" + UUID.randomUUID())) {
            Response created = laos.post("/v1/" + p + "/apps", APP);
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            assertThat(laos.get("/v1/" + p + "/apps/a").status()).isEqualTo(200);
            assertThat(laos.get("/v1/" + p + "/usage").status()).isEqualTo(200);
        }
    }

    @Test
    void aControlPlaneBodyUnderV1RHasTheOneMebibyteCap() {
        // It used to pass as a run and be read in full, all 2 MB, to be answered 400.
        String big = "{'app': {'name': 'a', 'description': '" + "x".repeat(2_000_000) + "'}}";
        for (String path : List.of("/v1/r/apps", "/v1/r/apps/a")) {
            Response r = laos.post(path, big);
            assertThat(r.status()).as(path + ": " + r).isEqualTo(413);
            assertThat(r.json().get("error").get("code").asInt()).isEqualTo(413);
        }
        Response patch = laos.patch("/v1/r/apps/a", big);
        assertThat(patch.status()).as(patch.toString()).isEqualTo(413);
    }

    @Test
    void aRunBodyOverTheControlPlaneCapIsNotRefusedByIt() {
        // A run of an app that does not exist: 404 from the run path, not the 1 MiB cap's 413
        // (bodies actually run are in SyncRunApiTest and FrontDoorsTest).
        String big = "x".repeat(2_000_000);
        String p = UUID.randomUUID().toString().replace("-", "");
        for (String path : List.of("/v1/r/" + p + "/nope/x", "/r/" + p + "/nope/x/y")) {
            Response r = laos.post(path, big);
            assertThat(r.status()).as(path + ": " + r).isEqualTo(404);
        }
    }
}
