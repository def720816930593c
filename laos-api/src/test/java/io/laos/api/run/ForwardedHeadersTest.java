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

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ForwardedHeadersTest {

    @Test
    void requestsLoseHopByHopHeadersTheOnesConnectionNamesAndTokens() {
        Map<String, List<String>> in = Map.of("Connection", List.of("keep-alive, X-A", "x-b"),
                "X-A", List.of("1"), "X-B", List.of("2"), "keep-alive", List.of("5"),
                "Transfer-Encoding", List.of("chunked"), "Proxy-Anything", List.of("p"),
                "x-auth-token", List.of("t"), "X-Service-Token", List.of("s"),
                "Authorization", List.of("Bearer f"), "X-Keep", List.of("a", "b"));

        assertThat(ForwardedHeaders.request(in)).containsOnlyKeys("Authorization", "X-Keep")
                .containsEntry("X-Keep", List.of("a", "b"));
    }

    @Test
    void answersKeepTheFunctionsHeadersButNotItsRequestIdOrCallId() {
        Map<String, List<String>> in = Map.of("Content-Type", List.of("text/plain"),
                "X-OpenStack-Request-Id", List.of("req-x"), "Upgrade", List.of("h2c"),
                "Trailer", List.of("x"), "TE", List.of("trailers"), "X-Auth-Token",
                List.of("the function's own business"), "x-laos-call-id", List.of("forged"));

        assertThat(ForwardedHeaders.response(in, "c1"))
                .containsOnlyKeys("Content-Type", "X-Auth-Token", "X-Laos-Call-Id")
                .containsEntry("X-Laos-Call-Id", List.of("c1"));
        assertThat(ForwardedHeaders.response(Map.of("X-A", List.of("1")), "c2"))
                .containsEntry("Content-Type", List.of("application/octet-stream"));
    }
}
