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
package io.laos.api.driver.local;

import static io.laos.api.driver.local.LocalEngineFixture.APP;
import static io.laos.api.driver.local.LocalEngineFixture.CALL_ID;
import static io.laos.api.driver.local.LocalEngineFixture.call;
import static io.laos.api.driver.local.LocalEngineFixture.route;
import static io.laos.api.driver.local.LocalEngineFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.laos.common.driver.EngineRoute;
import io.laos.common.driver.InvocationResult;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The environment a function gets, read back with {@code env -0} run without a shell. */
class LocalDriverEnvironmentTest {
    @TempDir
    Path temp;

    private LocalDriver driver;

    @BeforeEach
    void start() {
        driver = LocalEngineFixture.driver(temp, Map.of("test/env", List.of("env", "-0")),
                Map.of());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private Map<String, String> environmentOf(EngineRoute route, Map<String, String> appConfig,
                                              Map<String, List<String>> headers) {
        InvocationResult result = driver.invoke(call(route, appConfig, "PUT", headers,
                new ByteArrayInputStream(new byte[0])));
        assertThat(result.status()).isEqualTo(200);
        return Arrays.stream(text(result).split("\0")).filter(s -> !s.isEmpty())
                .collect(Collectors.toMap(s -> s.substring(0, s.indexOf('=')),
                        s -> s.substring(s.indexOf('=') + 1)));
    }

    @Test
    void theRequestConfigAndHeadersArePassed() {
        EngineRoute route = route("/env", "test/env", 30, 1, Map.of(),
                Map.of("shared-key", "from route", "route-only", "r"));

        Map<String, String> env = environmentOf(route,
                Map.of("db-url", "jdbc:x", "shared-key", "from app"),
                Map.of("Host", List.of("localhost:10001"), "X-Foo", List.of("bar"),
                        "content-type", List.of("text/plain")));

        assertThat(env).containsEntry("METHOD", "PUT")
                .containsEntry("ROUTE", "/env")
                .containsEntry("REQUEST_URL", "http://localhost:10001/r/p1/myapp/env?x=1")
                .containsEntry("CALL_ID", CALL_ID)
                .containsEntry("APP_NAME", APP)
                .containsEntry("FN_FORMAT", "default")
                .containsEntry("HEADER_X_FOO", "bar")
                .containsEntry("HEADER_CONTENT_TYPE", "text/plain")
                .containsEntry("DB_URL", "jdbc:x")
                .containsEntry("SHARED_KEY", "from route")
                .containsEntry("ROUTE_ONLY", "r")
                .containsEntry("LANG", "C.UTF-8")
                .containsEntry("HOME", temp.toString())
                .containsKey("PATH");
    }

    @Test
    void configCannotOverrideLaosVariablesOrStartUpHooks() {
        EngineRoute route = route("/env", "test/env", 30, 1, Map.of(), Map.of(
                "method", "FORGED", "request-url", "http://evil/", "header-x-foo", "forged",
                "header-x-absent", "forged", "ld-preload", "/tmp/evil.so", "path", "/evil",
                "home", "/root", "call_id", "forged"));

        Map<String, String> env = environmentOf(route, Map.of("route", "/forged",
                "bash-env", "/tmp/evil.sh", "java-tool-options", "-javaagent:/tmp/evil.jar"),
                Map.of("X-Foo", List.of("real")));

        assertThat(env).containsEntry("METHOD", "PUT")
                .containsEntry("ROUTE", "/env")
                .containsEntry("REQUEST_URL", "http://localhost/r/p1/myapp/env?x=1")
                .containsEntry("HEADER_X_FOO", "real")
                .containsEntry("HOME", temp.toString())
                .containsEntry("CALL_ID", CALL_ID)
                .doesNotContainKeys("HEADER_X_ABSENT", "LD_PRELOAD", "BASH_ENV",
                        "JAVA_TOOL_OPTIONS");
        assertThat(env.get("PATH")).isNotEqualTo("/evil");
    }

    @Test
    void laosOwnEnvironmentIsNotInherited() {
        Map<String, String> env = environmentOf(route("/env", "test/env"), Map.of(), Map.of());

        assertThat(env.keySet()).containsExactlyInAnyOrder("PATH", "HOME", "LANG", "METHOD",
                "ROUTE", "REQUEST_URL", "CALL_ID", "APP_NAME", "FN_FORMAT");
        Set<String> inherited = new HashSet<>(System.getenv().keySet());
        inherited.removeAll(Set.of("PATH", "HOME", "LANG"));
        assertThat(env.keySet()).doesNotContainAnyElementsOf(inherited);
    }
}
