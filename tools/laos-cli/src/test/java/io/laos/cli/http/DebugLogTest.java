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
package io.laos.cli.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DebugLogTest {

    @Test
    void tokensAreShownAsDigests() {
        String shown = DebugLog.maskHeader("X-Auth-Token", "gAAAAAsecret");

        assertThat(shown).startsWith("{SHA256}").doesNotContain("secret").hasSize(8 + 64);
        assertThat(DebugLog.maskHeader("x-subject-token", "gAAAAAsecret")).isEqualTo(shown);
        assertThat(DebugLog.maskHeader("Content-Type", "application/json"))
                .isEqualTo("application/json");
    }

    @Test
    void passwordsInBodiesAreMasked() {
        String body = "{\"auth\":{\"identity\":{\"methods\":[\"password\"],\"password\":"
                + "{\"user\":{\"name\":\"demo\",\"password\":\"pw123\"}}}}}";

        assertThat(DebugLog.maskJson(body)).doesNotContain("pw123")
                .contains("\"password\":\"***\"").contains("\"methods\":[\"password\"]")
                .contains("\"name\":\"demo\"");
        assertThat(DebugLog.maskJson("not json, password=x")).isEqualTo("not json, password=x");
    }
}
