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
package io.laos.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestIdsTest {

    @Test
    void generatedIdsAreWellFormedVersion4UuidsAndDistinct() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = RequestIds.generate();
            assertThat(RequestIds.isValid(id)).as(id).isTrue();
            UUID uuid = UUID.fromString(id.substring("req-".length()));
            assertThat(uuid.version()).as(id).isEqualTo(4);
            assertThat(uuid.variant()).as(id).isEqualTo(2);
            assertThat(seen.add(id)).as(id).isTrue();
        }
    }

    @Test
    void onlyWellFormedInboundIdsAreKept() {
        assertThat(RequestIds.isValid("req-" + UUID.randomUUID())).isTrue();
        assertThat(RequestIds.isValid(null)).isFalse();
        assertThat(RequestIds.isValid("req-x")).isFalse();
        assertThat(RequestIds.isValid("req-" + UUID.randomUUID() + "\nforged log line"))
                .isFalse();
    }
}
