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
package io.laos.common.driver;

import io.laos.common.model.Maps;
import io.laos.common.model.Route;
import io.laos.common.model.RouteFormat;
import io.laos.common.model.RouteType;
import java.util.List;
import java.util.Map;

/**
 * A route as the engine needs it. {@code type} is LaOS's own; a driver may register every route
 * as sync on its engine because LaOS runs async calls itself (see the README, "Async runs").
 */
public record EngineRoute(String path, String image, RouteType type, RouteFormat format,
                          long memory, int timeout, int idleTimeout, int maxConcurrency,
                          Map<String, List<String>> headers, Map<String, String> config) {

    public EngineRoute {
        headers = Maps.sortedListCopy(headers);
        config = Maps.sortedCopy(config);
    }

    public static EngineRoute of(Route r) {
        return new EngineRoute(r.path(), r.image(), r.type(), r.format(), r.memory(), r.timeout(),
                r.idleTimeout(), r.maxConcurrency(), r.headers(), r.config());
    }
}
