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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.laos.common.error.LaosException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Typed reads of request fields from a parsed JSON body, each failure a 400 naming the field.
 * Requests are read from {@link JsonNode} rather than bound to classes because an update must
 * tell "absent" (leave alone) from {@code null} (back to the default).
 */
public final class JsonFields {
    private JsonFields() {
    }

    /**
     * Returns the object inside the envelope ({@code {"app": {...}}}) or, for clients that send
     * the bare object, the body itself.
     */
    public static ObjectNode unwrap(JsonNode body, String envelope) {
        if (body == null || body.isNull() || body.isMissingNode()) {
            throw LaosException.badRequest(envelope, "A JSON body with '" + envelope
                    + "' is required");
        }
        if (!body.isObject()) {
            throw LaosException.badRequest(envelope, "The body must be a JSON object");
        }
        JsonNode inner = body.get(envelope);
        if (inner == null) {
            return (ObjectNode) body;
        }
        if (!inner.isObject()) {
            throw LaosException.badRequest(envelope, "'" + envelope + "' must be a JSON object");
        }
        return (ObjectNode) inner;
    }

    /** Refuses members that are neither settable nor known read-only ones (typos, mostly). */
    public static void rejectUnknown(ObjectNode node, Set<String> allowed, Set<String> ignored) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name) && !ignored.contains(name)) {
                throw LaosException.badRequest(name, "Unknown field '" + name + "'");
            }
        }
    }

    public static String string(ObjectNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw LaosException.badRequest(field, "'" + field + "' must be a string");
        }
        return v.textValue();
    }

    /** A whole number in [0, max], or null when absent or null. */
    public static Long number(ObjectNode node, String field, long max) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw LaosException.badRequest(field, "'" + field + "' must be a whole number");
        }
        long n = v.longValue();
        if (n < 0 || n > max) {
            throw LaosException.badRequest(field,
                    "'" + field + "' must be between 0 and " + max + " (0 means the default)");
        }
        return n;
    }

    /** A boolean, also accepted as the strings "true" and "false" (Picasso's client sends those). */
    public static Boolean bool(ObjectNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isTextual() && (v.textValue().equals("true") || v.textValue().equals("false"))) {
            return Boolean.parseBoolean(v.textValue());
        }
        throw LaosException.badRequest(field, "'" + field + "' must be true or false");
    }

    /** A string-to-string object; values may be "" (meaning "delete" in a merge). */
    public static Map<String, String> stringMap(ObjectNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isObject()) {
            throw LaosException.badRequest(field, "'" + field + "' must be an object of strings");
        }
        Map<String, String> out = new LinkedHashMap<>();
        v.fields().forEachRemaining(e -> {
            if (!e.getValue().isTextual()) {
                throw LaosException.badRequest(field, "'" + field + "." + e.getKey()
                        + "' must be a string");
            }
            out.put(e.getKey(), e.getValue().textValue());
        });
        return out;
    }

    /** An object whose values are arrays of strings (HTTP headers). */
    public static Map<String, List<String>> stringListMap(ObjectNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isObject()) {
            throw LaosException.badRequest(field,
                    "'" + field + "' must be an object of string arrays");
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        v.fields().forEachRemaining(e -> {
            String name = field + "." + e.getKey();
            JsonNode values = e.getValue();
            List<String> list = new ArrayList<>();
            if (values.isTextual()) {
                list.add(values.textValue());
            } else if (values.isArray()) {
                values.forEach(item -> {
                    if (!item.isTextual()) {
                        throw LaosException.badRequest(field, "'" + name + "' must hold strings");
                    }
                    list.add(item.textValue());
                });
            } else {
                throw LaosException.badRequest(field,
                        "'" + name + "' must be a string or an array of strings");
            }
            out.put(e.getKey(), list);
        });
        return out;
    }
}
