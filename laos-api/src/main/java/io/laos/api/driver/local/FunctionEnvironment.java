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

import io.laos.common.driver.InvocationRequest;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The environment of one call: IronFunctions' default-format contract (API.md 5.2) without its
 * bugs. Nothing of LaOS's own environment is inherited: LaOS holds database and service
 * passwords, and a function is code LaOS does not trust with them.
 *
 * <p>Later layers win: base (PATH, HOME, LANG), then app config, then route config, then the
 * image's fixed environment, then LaOS's call variables (METHOD, ROUTE, REQUEST_URL, CALL_ID,
 * APP_NAME, FN_FORMAT, HEADER_*). Config can therefore never forge a request variable, and a
 * {@code HEADER_X} always means the caller sent header X.
 */
final class FunctionEnvironment {

    /**
     * Config keys that would change how the operator's program starts rather than what it
     * computes (dynamic loader, shell start-up, interpreter hooks). Leaving them out keeps
     * tenant config data, never code. Best effort: the local engine is not a sandbox.
     */
    private static final Set<String> RESERVED = Set.of("PATH", "HOME", "LANG", "METHOD", "ROUTE",
            "REQUEST_URL", "CALL_ID", "APP_NAME", "FN_FORMAT", "BASH_ENV", "ENV", "IFS",
            "SHELLOPTS", "BASHOPTS", "PS4", "GCONV_PATH", "LOCPATH", "JAVA_TOOL_OPTIONS",
            "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS", "NODE_OPTIONS", "PYTHONSTARTUP", "PYTHONPATH",
            "PYTHONHOME", "PERL5OPT", "PERL5LIB", "PERLLIB", "RUBYOPT", "RUBYLIB");
    private static final List<String> RESERVED_PREFIXES = List.of("HEADER_", "LD_", "LC_");

    private FunctionEnvironment() {
    }

    static Map<String, String> of(InvocationRequest request, ImageCommand image, Path home,
                                  String searchPath) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", searchPath);
        env.put("HOME", home.toString());
        env.put("LANG", "C.UTF-8");
        addConfig(env, request.app().config());
        addConfig(env, request.route().config());
        env.putAll(image.environment());
        env.put("METHOD", request.method());
        env.put("ROUTE", request.route().path());
        env.put("REQUEST_URL", requestUrl(request));
        env.put("CALL_ID", request.callId());
        env.put("APP_NAME", request.app().name());
        env.put("FN_FORMAT", "default");
        headers(request).forEach((name, values) ->
                env.merge("HEADER_" + envName(name), String.join(" ", values),
                        (a, b) -> a + " " + b));
        return env;
    }

    /** IronFunctions' mapping: upper case, "-" to "_". */
    static String envName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    static boolean isReserved(String envName) {
        return RESERVED.contains(envName)
                || RESERVED_PREFIXES.stream().anyMatch(envName::startsWith);
    }

    private static Map<String, List<String>> headers(InvocationRequest request) {
        return request.headers() == null ? Map.of() : request.headers();
    }

    private static void addConfig(Map<String, String> env, Map<String, String> config) {
        config.forEach((key, value) -> {
            String name = envName(key);
            if (!isReserved(name)) {
                env.put(name, value);
            }
        });
    }

    /** A real URL (IronFunctions wrote "http//host..."); "https" only when a proxy says so. */
    private static String requestUrl(InvocationRequest request) {
        String host = header(request, "Host");
        String scheme = "https".equalsIgnoreCase(header(request, "X-Forwarded-Proto"))
                ? "https" : "http";
        String uri = request.requestUri() == null ? "/" : request.requestUri();
        return scheme + "://" + (host == null ? "localhost" : host) + uri;
    }

    private static String header(InvocationRequest request, String name) {
        return headers(request).entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
                .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }
}
