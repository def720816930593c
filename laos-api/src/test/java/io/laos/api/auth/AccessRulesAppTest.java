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

import io.laos.api.testing.FakeKeystone;
import io.laos.api.testing.FakeKeystone.AccessRule;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Tokens of application credentials with access rules: allowed what one rule (service type,
 * method, path) matches, 403 and no change for anything else (docs/auth.md).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessRulesAppTest {
    private FakeKeystone keystone;
    private KeystoneLaos laos;
    private String project;
    private String owner;

    @BeforeAll
    void start() throws Exception {
        keystone = FakeKeystone.start().withStandardFixture("pw");
        project = keystone.projectId("demo");
        laos = KeystoneLaos.start(keystone.url(), FakeKeystone.SERVICE_USER,
                FakeKeystone.SERVICE_PASSWORD);
        owner = keystone.issueToken("demo", "demo");
        for (String app : new String[] {"myapp", "other"}) {
            assertThat(send("POST", apps(), owner, "{\"app\": {\"name\": \"" + app + "\"}}")
                    .status()).isEqualTo(201);
            assertThat(send("POST", apps() + "/" + app + "/routes", owner, "{\"route\":"
                    + " {\"path\": \"/hello\", \"image\": \"test/log:8\"}}").status())
                    .isEqualTo(201);
        }
        assertThat(send("POST", apps() + "/myapp/routes", owner, "{\"route\": {\"path\":"
                + " \"/pub\", \"image\": \"test/log:8\", \"is_public\": true}}").status())
                .isEqualTo(201);
    }

    @AfterAll
    void stop() {
        laos.close();
        keystone.close();
    }

    @Test
    void aMatchingRuleAllowsTheRequest() {
        String token = keystone.issueAppCredentialToken("demo", "demo",
                new AccessRule("functions", "GET", "/v1/" + project + "/apps/*"));

        KeystoneLaos.Response r = send("GET", apps() + "/myapp", token, null);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("app").path("name").asText()).isEqualTo("myapp");
    }

    @Test
    void anythingElseIs403WithAJsonErrorAndChangesNothing() throws Exception {
        String token = keystone.issueAppCredentialToken("demo", "demo",
                new AccessRule("functions", "GET", "/v1/" + project + "/apps/*"));
        int apps = laos.countRows("apps");

        KeystoneLaos.Response create = send("POST", apps(), token,
                "{\"app\": {\"name\": \"sneaky\"}}");
        KeystoneLaos.Response delete = send("DELETE", apps() + "/other", token, null);
        KeystoneLaos.Response list = send("GET", apps(), token, null);

        for (KeystoneLaos.Response r : new KeystoneLaos.Response[] {create, delete, list}) {
            assertThat(r.status()).as(r.toString()).isEqualTo(403);
            assertThat(r.header("WWW-Authenticate")).as("the token is valid").isNull();
            assertThat(r.json().path("error").path("code").asInt()).isEqualTo(403);
            assertThat(r.json().path("error").path("message").asText())
                    .contains("access rules");
        }
        assertThat(laos.countRows("apps")).isEqualTo(apps);
        assertThat(send("GET", apps() + "/other", owner, null).status()).isEqualTo(200);
    }

    @Test
    void privateRunsAreCheckedLikeAnyRequest() throws Exception {
        String token = keystone.issueAppCredentialToken("demo", "demo",
                new AccessRule("functions", "POST", "/r/" + project + "/myapp/hello"));
        laos.settle();
        long invocations = laos.engineInvocations();
        int calls = laos.countRows("calls");

        assertThat(send("POST", "/r/" + project + "/myapp/hello", token, "{}").status())
                .isEqualTo(200);
        laos.settle();
        assertThat(laos.engineInvocations()).isEqualTo(invocations + 1);
        assertThat(laos.countRows("calls")).isEqualTo(calls + 1);

        KeystoneLaos.Response v1 = send("POST", "/v1/r/" + project + "/myapp/hello", token, "{}");
        KeystoneLaos.Response other = send("POST", "/r/" + project + "/other/hello", token, "{}");
        KeystoneLaos.Response get = send("GET", "/r/" + project + "/myapp/hello", token, null);
        laos.settle();

        assertThat(v1.status()).as("the rule names /r/, not /v1/r/").isEqualTo(403);
        assertThat(other.status()).isEqualTo(403);
        assertThat(get.status()).isEqualTo(403);
        assertThat(laos.engineInvocations()).isEqualTo(invocations + 1);
        assertThat(laos.countRows("calls")).isEqualTo(calls + 1);
    }

    @Test
    void publicRunsDoNotLookAtTheToken() {
        String token = keystone.issueAppCredentialToken("demo", "demo",
                new AccessRule("object-store", "GET", "/**"));

        assertThat(send("POST", "/r/" + project + "/myapp/pub", token, "{}").status())
                .isEqualTo(200);
    }

    @Test
    void rulesOfAnotherServiceAllowNothingHere() {
        String token = keystone.issueAppCredentialToken("demo", "demo",
                new AccessRule("object-store", "GET", "/**"));

        assertThat(send("GET", apps(), token, null).status()).isEqualTo(403);
    }

    @Test
    void aCredentialWithoutRulesIsAnyToken() {
        String token = keystone.issueAppCredentialToken("demo", "demo");

        assertThat(send("GET", apps(), token, null).status()).isEqualTo(200);
        assertThat(send("GET", apps() + "/myapp/routes", token, null).status()).isEqualTo(200);
    }

    @Test
    void theRulesAreCachedWithTheToken() {
        String token = keystone.issueAppCredentialToken("demo", "demo",
                new AccessRule("functions", "GET", "/v1/" + project + "/apps/**"));
        int before = keystone.validations();

        assertThat(send("GET", apps() + "/myapp", token, null).status()).isEqualTo(200);
        assertThat(send("GET", apps() + "/myapp/routes", token, null).status()).isEqualTo(200);
        assertThat(send("DELETE", apps() + "/myapp", token, null).status()).isEqualTo(403);

        assertThat(keystone.validations() - before).isEqualTo(1);
    }

    @Test
    void dotSegmentsCannotWalkOutOfARule() {
        String token = keystone.issueAppCredentialToken("demo", "demo",
                new AccessRule("functions", "GET", "/v1/" + project + "/apps/myapp/**"));

        KeystoneLaos.Response r = send("GET", apps() + "/myapp/../other", token, null);

        assertThat(r.status()).as(r.toString()).isNotEqualTo(200);
    }

    @Test
    void aValidServiceTokenSkipsTheRulesAsInKeystonemiddleware() {
        keystone.addUser("nova", "pw", "service", "service");
        String token = keystone.issueAppCredentialToken("demo", "demo",
                new AccessRule("functions", "GET", "/v1/" + project + "/apps/myapp"));

        KeystoneLaos.Response r = laos.send("GET", apps(), token, null,
                Map.of("X-Service-Token", keystone.issueToken("nova", "service")));

        assertThat(r.status()).isEqualTo(200);
    }

    private String apps() {
        return "/v1/" + project + "/apps";
    }

    private KeystoneLaos.Response send(String method, String path, String token, String body) {
        return laos.send(method, path, token, body);
    }
}
