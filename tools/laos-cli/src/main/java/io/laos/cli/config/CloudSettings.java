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
package io.laos.cli.config;

import java.util.EnumMap;
import java.util.Map;

/** The settings of one cloud of {@code clouds.yaml}. */
final class CloudSettings {
    private CloudSettings() {
    }

    /**
     * Reads each {@link Key} from its cloud keys ({@code auth.username}, {@code region_name},
     * {@code functions_endpoint_override}, ...). Scalars of any YAML type are taken as text, so
     * {@code project_id: 1234} works unquoted.
     */
    static Settings from(Map<?, ?> cloud, String where) {
        Map<Key, String> values = new EnumMap<>(Key.class);
        Map<Key, String> found = new EnumMap<>(Key.class);
        for (Key key : Key.values()) {
            for (String path : key.cloudKeys()) {
                Object value = lookup(cloud, path);
                if (value != null && !(value instanceof Map) && !value.toString().isEmpty()) {
                    values.put(key, value.toString());
                    found.put(key, path);
                    break;
                }
            }
        }
        return Settings.of(values, key -> found.get(key) + " of " + where);
    }

    private static Object lookup(Map<?, ?> map, String dotted) {
        Object current = map;
        for (String part : dotted.split("\\.")) {
            if (!(current instanceof Map<?, ?> m)) {
                return null;
            }
            current = m.get(part);
        }
        return current;
    }
}
