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

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.dropwizard.jackson.Jackson;
import io.laos.api.driver.FunctionsDriverFactory;
import io.laos.common.driver.EngineApp;
import io.laos.common.driver.EngineRoute;
import io.laos.common.driver.InvocationRequest;
import io.laos.common.driver.InvocationResult;
import io.laos.common.model.RouteFormat;
import io.laos.common.model.RouteType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds local drivers, routes and calls for the tests, with the scripts they run. */
final class LocalEngineFixture {
    static final Path REPO = Path.of(System.getProperty("laos.repo.root", ".."))
            .toAbsolutePath().normalize();
    static final Path EXAMPLES = REPO.resolve("tools/examples");
    static final Path SCRIPTS = REPO.resolve("laos-api/src/test/resources/local-engine");
    static final String APP = "myapp-0123456789ab";
    static final String CALL_ID = "01J9ZCALL0000000000000000";

    private static final ObjectMapper YAML = Jackson.newObjectMapper(new YAMLFactory());

    private LocalEngineFixture() {
    }

    /** The factory as Dropwizard would build it from this YAML. */
    static LocalDriverFactory factory(String yaml) {
        try {
            return (LocalDriverFactory) YAML.readValue(yaml, FunctionsDriverFactory.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A driver whose images run the given argvs; {@code settings} are more factory settings.
     * The scripts of the test resources run through /bin/sh so that they do not depend on
     * their executable bit surviving a checkout; the examples run directly, as configured.
     */
    static LocalDriver driver(Path temp, Map<String, List<String>> images,
                              Map<String, Object> settings) {
        Map<String, Object> config = new LinkedHashMap<>(settings);
        config.put("type", "local");
        config.put("tempDirectory", temp.toString());
        Map<String, Object> imageConfig = new LinkedHashMap<>();
        images.forEach((name, command) -> imageConfig.put(name, Map.of("command", command)));
        config.put("images", imageConfig);
        LocalDriverFactory factory = (LocalDriverFactory) YAML.convertValue(config,
                FunctionsDriverFactory.class);
        return factory.buildDriver(REPO);
    }

    static List<String> script(String name) {
        return List.of("/bin/sh", SCRIPTS.resolve(name).toString());
    }

    static EngineRoute route(String path, String image) {
        return route(path, image, 30, 1, Map.of(), Map.of());
    }

    static EngineRoute route(String path, String image, int timeout, int maxConcurrency,
                             Map<String, List<String>> headers, Map<String, String> config) {
        return new EngineRoute(path, image, RouteType.SYNC, RouteFormat.DEFAULT, 128, timeout,
                30, maxConcurrency, headers, config);
    }

    static InvocationRequest call(EngineRoute route, byte[] body) {
        return call(route, new ByteArrayInputStream(body));
    }

    static InvocationRequest call(EngineRoute route, InputStream body) {
        return call(route, Map.of(), "POST", Map.of(), body);
    }

    static InvocationRequest call(EngineRoute route, Map<String, String> appConfig, String method,
                                  Map<String, List<String>> headers, InputStream body) {
        return new InvocationRequest(CALL_ID, new EngineApp(APP, appConfig), route, method,
                "/r/p1/myapp" + route.path() + "?x=1", "x=1", headers, body, -1);
    }

    static byte[] bytes(InvocationResult result) {
        try (InvocationResult r = result) {
            return r.body().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(InvocationResult result) {
        return new String(bytes(result), StandardCharsets.UTF_8);
    }
}
