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
package io.laos.cli.auth;

import io.laos.cli.http.UrlPaths;
import java.util.regex.Pattern;

/**
 * Where the client sends its requests: LaOS's unversioned root URL, the project and the token
 * (null without auth). The API is at {@code {root}/v1/{project_id}} and runs at
 * {@code {root}/r/{project_id}/...}.
 */
public record Target(String root, String projectId, String token) {
    /** A versioned catalog URL ({@code .../v1} or {@code .../v1/%(project_id)s}) is cut here. */
    private static final Pattern VERSIONED = Pattern.compile("/v1(/.*)?$");

    public Target {
        root = root(root);
    }

    /** The unversioned root of an endpoint URL, without a trailing slash. */
    static String root(String endpoint) {
        String url = endpoint.strip();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        return VERSIONED.matcher(url).replaceFirst("");
    }

    public String apiBase() {
        return root + "/v1/" + UrlPaths.segment(projectId);
    }

    public String runBase() {
        return root + "/r/" + UrlPaths.segment(projectId);
    }
}
