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
import java.util.regex.Pattern;

/**
 * App names: 1-64 characters of letters, digits, "_", ".", "-", starting with a letter or digit.
 * Project ids: what Keystone makes them, at most 64 characters, and never {@code r}.
 */
public final class Names {
    /**
     * The one project id LaOS refuses: {@code /v1/r/} is the run path, so {@code /v1/r/apps}
     * would be both the apps of project {@code r} and a run. Keystone never makes it (its ids
     * are 32 hex characters); only noauth, or an admin naming a project, could.
     */
    public static final String RESERVED_PROJECT_ID = "r";

    private static final Pattern APP_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    private Names() {
    }

    public static boolean isValidAppName(String name) {
        return name != null && APP_NAME.matcher(name).matches();
    }

    /** Returns the name, or throws a 400 naming {@code field}. */
    public static String requireAppName(String field, String name) {
        if (name == null || name.isEmpty()) {
            throw LaosException.badRequest(field, "'" + field + "' is required");
        }
        if (!isValidAppName(name)) {
            throw LaosException.badRequest(field, "'" + field + "' must be 1-" + Limits.NAME_MAX
                    + " characters of letters, digits, '_', '.' and '-', starting with a letter"
                    + " or digit");
        }
        return name;
    }

    /**
     * Returns the project id of a URL, or throws a 400. Keystone's project ids are at most 64
     * characters, and so is the column that stores them; only an admin (or anyone under
     * noauth) can name another project, and a longer id must be refused, not fail the insert.
     * Counted in UTF-16 units, as H2 counts its VARCHARs, so the rule is the same everywhere.
     * {@link #RESERVED_PROJECT_ID} is refused too.
     */
    public static String requireProjectId(String projectId) {
        if (projectId == null || projectId.isEmpty()
                || projectId.length() > Limits.PROJECT_ID_MAX) {
            throw LaosException.badRequest("project_id", "'project_id' must be 1-"
                    + Limits.PROJECT_ID_MAX + " characters");
        }
        if (RESERVED_PROJECT_ID.equals(projectId)) {
            throw LaosException.badRequest("project_id", "'project_id' must not be '"
                    + RESERVED_PROJECT_ID + "': /v1/" + RESERVED_PROJECT_ID
                    + "/ is the run path");
        }
        return projectId;
    }
}
