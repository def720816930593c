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

import io.laos.cli.CliException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Checks a URL setting (the auth URL, the LaOS endpoint) before the first request is built
 * from it. The JDK's HTTP client refuses a URL without a scheme or with a bad host by
 * throwing IllegalArgumentException, which would surface as an "unexpected failure"; a typo
 * in a setting is the user's to fix, so it is named with where it came from.
 */
final class UrlSettings {
    private UrlSettings() {
    }

    /**
     * The URL, stripped, if it is an absolute http(s) URL with a host.
     *
     * @param what   what the URL is, e.g. {@code LaOS endpoint}
     * @param source where it came from, e.g. {@code --os-endpoint}, or null
     */
    static String check(String url, String what, String source) {
        String stripped = url.strip();
        String problem = null;
        String lower = stripped.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            problem = "it must start with http:// or https://";
        } else {
            try {
                if (new URI(stripped).getHost() == null) {
                    problem = "it has no valid host name";
                }
            } catch (URISyntaxException e) {
                problem = e.getMessage();
            }
        }
        if (problem != null) {
            throw new CliException("Invalid " + what + " '" + url + "'"
                    + (source == null ? "" : " (from " + source + ")") + ": " + problem);
        }
        return stripped;
    }
}
