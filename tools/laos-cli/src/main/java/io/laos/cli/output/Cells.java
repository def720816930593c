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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** How a JSON value reads in a table cell and in {@code -f value} output. */
final class Cells {
    private Cells() {
    }

    /**
     * Text as it is; numbers and booleans as JSON writes them; null or absent as nothing;
     * a map as {@code KEY='value', ...} (as the OpenStack client shows a dict), a list of
     * values joined with commas.
     */
    static String text(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return "";
        }
        if (node.isObject()) {
            List<String> pairs = new ArrayList<>();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                pairs.add(field.getKey() + "='" + text(field.getValue()) + "'");
            }
            return String.join(", ", pairs);
        }
        if (node.isArray()) {
            List<String> values = new ArrayList<>();
            node.forEach(value -> values.add(value.isContainerNode() ? value.toString()
                    : text(value)));
            return String.join(",", values);
        }
        return node.asText();
    }
}
