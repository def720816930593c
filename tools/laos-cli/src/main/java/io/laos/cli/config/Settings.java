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

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Connection settings from one source (options, a cloud, the environment) or merged from
 * several. Each value remembers where it came from, for {@code --debug} and error messages.
 */
public final class Settings {
    /** No settings at all. */
    public static final Settings EMPTY = new Settings(new EnumMap<>(Key.class),
            new EnumMap<>(Key.class));

    private final Map<Key, String> values;
    private final Map<Key, String> sources;

    private Settings(Map<Key, String> values, Map<Key, String> sources) {
        this.values = values;
        this.sources = sources;
    }

    /**
     * Settings from one source; null and empty values are dropped. {@code sourceOf} names
     * where each value was found, e.g. {@code OS_USERNAME}.
     */
    public static Settings of(Map<Key, String> raw, Function<Key, String> sourceOf) {
        EnumMap<Key, String> values = new EnumMap<>(Key.class);
        EnumMap<Key, String> sources = new EnumMap<>(Key.class);
        raw.forEach((key, value) -> {
            if (value != null && !value.isEmpty()) {
                values.put(key, value);
                sources.put(key, sourceOf.apply(key));
            }
        });
        return new Settings(values, sources);
    }

    /**
     * Merges sources given highest precedence first: each setting comes from the first source
     * that has it, and a group (a project by ID or name, a domain by ID or name) comes whole
     * from the first source that has any part of it.
     */
    public static Settings merge(List<Settings> layers) {
        EnumMap<Key, String> values = new EnumMap<>(Key.class);
        EnumMap<Key, String> sources = new EnumMap<>(Key.class);
        for (Key key : Key.values()) {
            for (Settings layer : layers) {
                if (layer.hasGroupOf(key)) {
                    if (layer.has(key)) {
                        values.put(key, layer.get(key));
                        sources.put(key, layer.source(key));
                    }
                    break;
                }
            }
        }
        return new Settings(values, sources);
    }

    public String get(Key key) {
        return values.get(key);
    }

    public boolean has(Key key) {
        return values.containsKey(key);
    }

    /** Where a value came from, e.g. {@code --os-username} or {@code OS_USERNAME}. */
    public String source(Key key) {
        return sources.get(key);
    }

    public Map<Key, String> values() {
        return Collections.unmodifiableMap(values);
    }

    /** The way of authenticating these settings point to on their own, or null if none. */
    public AuthMode impliedMode() {
        if (has(Key.AUTH_TYPE)) {
            return AuthMode.parse(get(Key.AUTH_TYPE));
        }
        if (has(Key.TOKEN)) {
            return AuthMode.TOKEN;
        }
        if (has(Key.USERNAME) || has(Key.PASSWORD)) {
            return AuthMode.PASSWORD;
        }
        return null;
    }

    private boolean hasGroupOf(Key key) {
        Key group = key.group();
        for (Key k : values.keySet()) {
            if (k.group() == group) {
                return true;
            }
        }
        return false;
    }
}
