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
package io.laos.api.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.laos.common.driver.InvocationResult;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyncRunnerBufferTest {
    private static final int USUAL = 16 * 1024;

    private static int sizeFor(Map<String, List<String>> headers) {
        return SyncRunner.bufferSize(InvocationResult.of(200, headers,
                InputStream.nullInputStream(), null, null));
    }

    @Test
    void aSmallDeclaredAnswerGetsABufferOfItsLength() {
        assertThat(sizeFor(Map.of("Content-Length", List.of("13")))).isEqualTo(13);
        assertThat(sizeFor(Map.of("content-length", List.of(" 200 ")))).isEqualTo(200);
        assertThat(sizeFor(Map.of("Content-Length", List.of("0")))).isEqualTo(1);
    }

    @Test
    void anythingElseGetsTheUsualBuffer() {
        assertThat(sizeFor(Map.of())).isEqualTo(USUAL);
        assertThat(sizeFor(Map.of("Content-Length", List.of("10000000")))).isEqualTo(USUAL);
        assertThat(sizeFor(Map.of("Content-Length", List.of("ten")))).isEqualTo(USUAL);
        assertThat(sizeFor(Map.of("Content-Length", List.of("13", "14")))).isEqualTo(USUAL);
    }
}
