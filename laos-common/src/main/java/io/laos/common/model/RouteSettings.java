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

import java.util.List;
import java.util.Map;

/** Every settable field of a route (all but its path), already validated and defaulted. */
public record RouteSettings(String image, RouteType type, RouteFormat format, long memory,
                            int timeout, int idleTimeout, int maxConcurrency,
                            Map<String, List<String>> headers, Map<String, String> config,
                            boolean isPublic) {

    public RouteSettings {
        headers = Maps.sortedListCopy(headers);
        config = Maps.sortedCopy(config);
    }
}
