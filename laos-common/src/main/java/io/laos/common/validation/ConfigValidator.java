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
package io.laos.common.validation;

import io.laos.common.error.LaosException;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * App and route config: string keys that become environment variable names in the function
 * (upper-cased, "-" to "_"), string values.
 */
public final class ConfigValidator {
    private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    private ConfigValidator() {
    }

    /** Checks a full config (no "" deletions allowed to matter: "" is stored as an empty value). */
    public static Map<String, String> validate(String field, Map<String, String> config) {
        if (config == null) {
            return Map.of();
        }
        config.forEach((k, v) -> checkEntry(field, k, v));
        if (config.size() > Limits.CONFIG_MAX_KEYS) {
            throw LaosException.badRequest(field,
                    "'" + field + "' may hold at most " + Limits.CONFIG_MAX_KEYS + " keys");
        }
        return config;
    }

    /**
     * Merges a patch into a config: a non-empty value sets a key, "" deletes it, keys not named
     * stay (IronFunctions' semantics, kept so its users find no surprise).
     */
    public static Map<String, String> merge(String field, Map<String, String> current,
                                            Map<String, String> patch) {
        Map<String, String> merged = new TreeMap<>(current);
        if (patch != null) {
            patch.forEach((k, v) -> {
                checkEntry(field, k, v);
                if (v.isEmpty()) {
                    merged.remove(k);
                } else {
                    merged.put(k, v);
                }
            });
        }
        return validate(field, merged);
    }

    private static void checkEntry(String field, String key, String value) {
        if (key.length() > Limits.CONFIG_KEY_MAX || !KEY.matcher(key).matches()) {
            throw LaosException.badRequest(field, "'" + field + "' key '" + key
                    + "' must be at most " + Limits.CONFIG_KEY_MAX + " characters of letters,"
                    + " digits, '_' and '-', not starting with a digit or '-'");
        }
        if (value.length() > Limits.CONFIG_VALUE_MAX) {
            throw LaosException.badRequest(field, "'" + field + "." + key + "' must be at most "
                    + Limits.CONFIG_VALUE_MAX + " characters");
        }
        if (value.indexOf('\0') >= 0) {
            throw LaosException.badRequest(field,
                    "'" + field + "." + key + "' must not contain NUL characters");
        }
    }
}
