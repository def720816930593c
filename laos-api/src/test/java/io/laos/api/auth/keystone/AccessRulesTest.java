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

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.laos.api.auth.AccessRules;
import org.junit.jupiter.api.Test;

/** The access rules of a token's application credential, as KeystoneClient parses them. */
class AccessRulesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aCredentialWithAccessRulesIsLimitedToThem() throws Exception {
        AccessRules rules = KeystoneClient.accessRules(token("{\"application_credential\":"
                + " {\"id\": \"ac1\", \"restricted\": true, \"access_rules\": ["
                + "{\"id\": \"r1\", \"service\": \"object-store\", \"method\": \"GET\","
                + " \"path\": \"/v1/*\"},"
                + "{\"id\": \"r2\", \"service\": \"functions\", \"method\": \"POST\","
                + " \"path\": \"/r/p1/**\"}]}}"));

        assertThat(rules).isNotNull();
        assertThat(rules.credentialId()).isEqualTo("ac1");
        assertThat(rules.allow("functions", "POST", "/r/p1/myapp/hello")).isTrue();
        assertThat(rules.allow("functions", "GET", "/r/p1/myapp/hello")).isFalse();
        assertThat(rules.allow("functions", "GET", "/v1/p1")).as("object-store's rule")
                .isFalse();
    }

    @Test
    void tokensWithoutRulesAreNotLimited() throws Exception {
        // Keystone leaves access_rules out of the token of a credential that has none.
        assertThat(KeystoneClient.accessRules(token("{}"))).isNull();
        assertThat(KeystoneClient.accessRules(token(
                "{\"application_credential\": {\"id\": \"ac1\", \"restricted\": true}}")))
                .isNull();
        assertThat(KeystoneClient.accessRules(token(
                "{\"application_credential\": {\"id\": \"ac1\", \"access_rules\": null}}")))
                .isNull();
    }

    @Test
    void anEmptyOrMalformedListAllowsNothing() throws Exception {
        // No Keystone sends these; keystonemiddleware refuses every request with them.
        AccessRules empty = KeystoneClient.accessRules(token(
                "{\"application_credential\": {\"id\": \"ac1\", \"access_rules\": []}}"));
        AccessRules notAList = KeystoneClient.accessRules(token(
                "{\"application_credential\": {\"id\": \"ac1\", \"access_rules\": {}}}"));
        AccessRules noPath = KeystoneClient.accessRules(token(
                "{\"application_credential\": {\"id\": \"ac1\", \"access_rules\": ["
                        + "{\"service\": \"functions\", \"method\": \"GET\"}]}}"));

        for (AccessRules rules : new AccessRules[] {empty, notAList, noPath}) {
            assertThat(rules).isNotNull();
            assertThat(rules.allow("functions", "GET", "/v1/p1/apps")).isFalse();
        }
    }

    private static JsonNode token(String json) throws Exception {
        return JSON.readTree(json);
    }
}
