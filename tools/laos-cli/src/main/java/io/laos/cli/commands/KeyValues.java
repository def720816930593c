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
package io.laos.cli.commands;

import io.laos.cli.CliException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses repeated {@code KEY=VALUE} (config) and {@code NAME:VALUE} (header) options. */
final class KeyValues {
    private KeyValues() {
    }

    /** {@code KEY=VALUE} pairs in order; the value may contain {@code =} and be empty. */
    static Map<String, String> config(List<String> pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : pairs == null ? List.<String>of() : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw CliException.usage("--config takes KEY=VALUE, not '" + pair + "'");
            }
            out.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return out;
    }

    /**
     * {@code NAME:VALUE} headers, the value trimmed as HTTP does; a name given twice keeps
     * both values, in order.
     */
    static Map<String, List<String>> headers(List<String> pairs) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String pair : pairs == null ? List.<String>of() : pairs) {
            int colon = pair.indexOf(':');
            if (colon <= 0) {
                throw CliException.usage("--header takes NAME:VALUE, not '" + pair + "'");
            }
            out.computeIfAbsent(pair.substring(0, colon).strip(),
                    k -> new ArrayList<>()).add(pair.substring(colon + 1).strip());
        }
        return out;
    }
}
