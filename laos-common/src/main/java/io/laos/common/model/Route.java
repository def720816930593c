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
package io.laos.common.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A route: a function (a container image) bound to a normalised path inside an app.
 *
 * @param path         normalised: leading slash, no trailing slash, no empty, "." or ".." segments
 * @param memory       MiB
 * @param timeout      seconds a single call may run
 * @param idleTimeout  seconds an idle hot function is kept
 * @param isPublic     a public route runs for anyone; a private one needs a token of its project
 */
public record Route(String id, String appId, String projectId, String appName, String path,
                    String image, RouteType type, RouteFormat format, long memory, int timeout,
                    int idleTimeout, int maxConcurrency, Map<String, List<String>> headers,
                    Map<String, String> config, boolean isPublic, ResourceState state,
                    Instant createdAt, Instant updatedAt) {

    public Route {
        headers = Maps.sortedListCopy(headers);
        config = Maps.sortedCopy(config);
    }

    /** The settable part of this route, for updates and engine calls. */
    public RouteSettings settings() {
        return new RouteSettings(image, type, format, memory, timeout, idleTimeout, maxConcurrency,
                headers, config, isPublic);
    }

    public Route with(RouteSettings s, Instant newUpdatedAt) {
        return new Route(id, appId, projectId, appName, path, s.image(), s.type(), s.format(),
                s.memory(), s.timeout(), s.idleTimeout(), s.maxConcurrency(), s.headers(),
                s.config(), s.isPublic(), state, createdAt, newUpdatedAt);
    }
}
