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
import java.util.Map;
import java.util.Set;

/** Parses and validates app create and update bodies, before anything is written. */
public final class AppRequests {
    private static final Set<String> CREATE_FIELDS = Set.of("name", "description", "config");
    private static final Set<String> UPDATE_FIELDS = Set.of("name", "description", "config");
    private static final Set<String> READ_ONLY = Set.of("id", "project_id", "created_at",
            "updated_at");

    /** A validated create request. */
    public record Create(String name, String description, Map<String, String> config) {
    }

    /**
     * A validated update: {@code description} null means "leave alone"; {@code configPatch}
     * null means "leave alone", otherwise it is merged ("" deletes a key).
     */
    public record Update(String description, Map<String, String> configPatch) {
    }

    private AppRequests() {
    }

    public static Create parseCreate(JsonNode body) {
        ObjectNode app = JsonFields.unwrap(body, "app");
        JsonFields.rejectUnknown(app, CREATE_FIELDS, READ_ONLY);
        String name = Names.requireAppName("name", JsonFields.string(app, "name"));
        String description = description(app);
        Map<String, String> config = ConfigValidator.validate("config",
                JsonFields.stringMap(app, "config"));
        return new Create(name, description == null ? "" : description, config);
    }

    /** Parses an update of app {@code currentName} (PATCH, or PUT with a partial body). */
    public static Update parseUpdate(JsonNode body, String currentName) {
        ObjectNode app = JsonFields.unwrap(body, "app");
        JsonFields.rejectUnknown(app, UPDATE_FIELDS, READ_ONLY);
        String name = JsonFields.string(app, "name");
        if (name != null && !name.isEmpty() && !name.equals(currentName)) {
            throw LaosException.badRequest("name", "'name' is immutable");
        }
        String description = description(app);
        if (app.has("description") && description == null) {
            description = "";
        }
        Map<String, String> patch = JsonFields.stringMap(app, "config");
        return new Update(description, patch);
    }

    private static String description(ObjectNode app) {
        String d = JsonFields.string(app, "description");
        if (d != null && d.codePointCount(0, d.length()) > Limits.DESCRIPTION_MAX) {
            throw LaosException.badRequest("description",
                    "'description' must be at most " + Limits.DESCRIPTION_MAX + " characters");
        }
        return d;
    }
}
