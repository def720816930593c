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
package io.laos.cli.output;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A column of a list: its heading, the field of each item it shows (dotted for nesting, e.g.
 * {@code duration_ms.total}) and whether it appears only with {@code --long}.
 */
public record Column(String header, String field, boolean longOnly) {

    public static Column of(String header, String field) {
        return new Column(header, field, false);
    }

    public static Column longOnly(String header, String field) {
        return new Column(header, field, true);
    }

    /** This column's value in {@code item} (a missing node when absent). */
    public JsonNode value(JsonNode item) {
        JsonNode node = item;
        for (String part : field.split("\\.")) {
            node = node.path(part);
        }
        return node;
    }

    /** Whether {@code -c name} means this column: its heading or field, in any case. */
    boolean matches(String name) {
        return header.equalsIgnoreCase(name) || field.equalsIgnoreCase(name);
    }
}
