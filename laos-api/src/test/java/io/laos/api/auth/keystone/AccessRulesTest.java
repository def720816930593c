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
import org.junit.jupiter.api.Test;

/** Tokens of application credentials limited by access rules are refused (KeystoneClient). */
class AccessRulesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aCredentialWithAccessRulesIsRestricted() throws Exception {
        assertThat(KeystoneClient.restrictedByAccessRules(token("{\"application_credential\":"
                + " {\"id\": \"ac1\", \"restricted\": true, \"access_rules\": [{\"service\":"
                + " \"object-store\", \"method\": \"GET\", \"path\": \"/v1/*\"}]}}"))).isTrue();
    }

    @Test
    void tokensWithoutRulesAreNot() throws Exception {
        assertThat(KeystoneClient.restrictedByAccessRules(token("{}"))).isFalse();
        assertThat(KeystoneClient.restrictedByAccessRules(token(
                "{\"application_credential\": {\"id\": \"ac1\", \"restricted\": true}}")))
                .isFalse();
        assertThat(KeystoneClient.restrictedByAccessRules(token(
                "{\"application_credential\": {\"id\": \"ac1\", \"access_rules\": []}}")))
                .isFalse();
    }

    private static JsonNode token(String json) throws Exception {
        return JSON.readTree(json);
    }
}
