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

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import io.laos.api.testing.FakeKeystone;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code X-Service-Token}: validated like the user's token (and cached with it), accepted only
 * with a service role, refused with 401 otherwise; a valid one reaches policy as
 * {@code service_user_id}, {@code service_project_id} and {@code service_roles}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceTokenHeaderTest {
    private static final String HEADER = "X-Service-Token";

    private FakeKeystone keystone;
    private KeystoneLaos laos;
    private String demo;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        keystone = FakeKeystone.start().withStandardFixture("pw");
        String nova = keystone.addUser("nova", "pw", "service", "service");
        keystone.addUser("heat", "pw", "service", "orchestrator");
        demo = "/v1/" + keystone.projectId("demo");
        // Another project's member may read usage with a service token; calls only with nova's.
        Path policy = dir.resolve("policy.yaml");
        Files.writeString(policy, String.join("\n",
                "\"laos:usage:get\": \"rule:admin_or_reader or service_roles:service\"",
                "\"laos:calls:list\": \"service_user_id:" + nova + " and service_project_id:"
                        + keystone.projectId("service") + "\"", ""));
        laos = KeystoneLaos.start(keystone.url(), FakeKeystone.SERVICE_USER,
                FakeKeystone.SERVICE_PASSWORD,
                ConfigOverride.config("policyFile", policy.toString()),
                ConfigOverride.config("auth.serviceTokenRoles", "service,Orchestrator"));
    }

    @AfterAll
    void stop() {
        laos.close();
        keystone.close();
    }

    @Test
    void aValidServiceTokenCostsOneKeystoneCallPerMissLikeAUserToken() {
        String user = keystone.issueToken("demo", "demo");
        String service = keystone.issueToken("nova", "service");
        int before = keystone.validations();

        for (int i = 0; i < 3; i++) {
            assertThat(get(demo + "/apps", user, service).status()).isEqualTo(200);
        }

        assertThat(keystone.validations() - before).as("one per token, then cached")
                .isEqualTo(2);
    }

    @Test
    void anyConfiguredServiceRoleWillDoCaseInsensitively() {
        assertThat(get(demo + "/apps", keystone.issueToken("demo", "demo"),
                keystone.issueToken("heat", "service")).status()).isEqualTo(200);
    }

    @Test
    void theServiceIdentityReachesPolicy() {
        String stranger = keystone.issueToken("alt_demo", "alt_demo");
        String nova = keystone.issueToken("nova", "service");
        String heat = keystone.issueToken("heat", "service");

        assertThat(get(demo + "/usage", stranger, null).status()).isEqualTo(403);
        assertThat(get(demo + "/usage", stranger, nova).status()).isEqualTo(200);
        assertThat(get(demo + "/calls", stranger, nova).status()).isEqualTo(200);
        assertThat(get(demo + "/calls", stranger, heat).status()).as("service_user_id")
                .isEqualTo(403);
        assertThat(get(demo + "/calls", keystone.issueToken("demo", "demo"), null).status())
                .as("the rule needs nova, whoever the user").isEqualTo(403);
    }

    @Test
    void anUnknownServiceTokenIs401EvenWithAGoodUserToken() {
        KeystoneLaos.Response r = get(demo + "/apps", keystone.issueToken("demo", "demo"),
                "gAAAAABnot-a-token-keystone-ever-issued");

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.header("WWW-Authenticate")).startsWith("Keystone uri=\"");
    }

    @Test
    void aRevokedServiceTokenIs401() {
        String service = keystone.issueToken("nova", "service");
        keystone.revoke(service);

        assertThat(get(demo + "/apps", keystone.issueToken("demo", "demo"), service).status())
                .isEqualTo(401);
    }

    @Test
    void aServiceTokenWithoutAServiceRoleIs401() {
        String notAService = keystone.issueToken("alt_demo", "alt_demo");

        assertThat(get(demo + "/apps", keystone.issueToken("demo", "demo"), notAService)
                .status()).isEqualTo(401);
    }

    @Test
    void aMalformedServiceTokenIs401WithoutAskingKeystone() {
        String user = keystone.issueToken("demo", "demo");
        assertThat(get(demo + "/apps", user, null).status()).isEqualTo(200);
        int before = keystone.validations();

        assertThat(get(demo + "/apps", user, "two words").status()).isEqualTo(401);
        assertThat(keystone.validations()).isEqualTo(before);
    }

    @Test
    void aServiceTokenAloneIsNotEnough() {
        assertThat(get(demo + "/apps", null, keystone.issueToken("nova", "service")).status())
                .isEqualTo(401);
    }

    private KeystoneLaos.Response get(String path, String token, String serviceToken) {
        return laos.send("GET", path, token, null,
                serviceToken == null ? Map.of() : Map.of(HEADER, serviceToken));
    }
}
