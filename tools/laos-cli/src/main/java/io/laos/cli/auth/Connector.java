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

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.laos.cli.CliException;
import io.laos.cli.config.Credentials;
import io.laos.cli.config.Key;
import io.laos.cli.http.DebugLog;
import io.laos.cli.http.Http;

/**
 * Turns the resolved settings into a {@link Target}: logs in at Keystone when needed and
 * finds LaOS in the catalog unless an endpoint is given.
 */
public final class Connector {
    /** Where {@code tools/laos-dev} serves, and its demo project: the {@code --noauth} defaults. */
    public static final String DEV_ENDPOINT = "http://127.0.0.1:10001";
    public static final String DEV_PROJECT = "demo";
    static final String DEFAULT_SERVICE_TYPE = "functions";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Keystone keystone;
    private final DebugLog log;

    public Connector(Http http) {
        this.keystone = new Keystone(http);
        this.log = http.debug();
    }

    public Target connect(Credentials c) {
        c.settings().values().keySet().forEach(key -> log.note(key.dest() + " from "
                + c.settings().source(key)));
        log.note("authentication: " + c.mode().name().toLowerCase());
        return switch (c.mode()) {
            case NONE -> new Target(or(endpoint(c), DEV_ENDPOINT),
                    or(c.get(Key.PROJECT_ID), or(c.get(Key.PROJECT_NAME), DEV_PROJECT)), null);
            case TOKEN -> withToken(c);
            case PASSWORD -> withPassword(c);
        };
    }

    private Target withToken(Credentials c) {
        String token = require(c, Key.TOKEN);
        String endpoint = endpoint(c);
        String project = c.get(Key.PROJECT_ID);
        if (endpoint != null && project != null) {
            return new Target(endpoint, project, token);
        }
        if (c.get(Key.AUTH_URL) == null) {
            throw new CliException("A token needs an endpoint (--os-endpoint or LAOS_URL) and a"
                    + " project (--os-project-id or OS_PROJECT_ID), or an auth URL"
                    + " (--os-auth-url) to look them up");
        }
        KeystoneToken validated = keystone.validate(authUrl(c), token);
        return new Target(endpoint != null ? endpoint : fromCatalog(c, validated),
                project != null ? project : validated.projectId(), token);
    }

    private Target withPassword(Credentials c) {
        String authUrl = authUrl(c);
        String endpoint = endpoint(c);
        String defaultDomain = or(c.get(Key.DEFAULT_DOMAIN), "default");
        ObjectNode user = JSON.createObjectNode().put("name", require(c, Key.USERNAME))
                .put("password", require(c, Key.PASSWORD));
        user.set("domain", domain(c.get(Key.USER_DOMAIN_ID), c.get(Key.USER_DOMAIN_NAME),
                defaultDomain));
        ObjectNode project = JSON.createObjectNode();
        if (c.get(Key.PROJECT_ID) != null) {
            project.put("id", c.get(Key.PROJECT_ID));
        } else if (c.get(Key.PROJECT_NAME) != null) {
            project.put("name", c.get(Key.PROJECT_NAME)).set("domain", domain(
                    c.get(Key.PROJECT_DOMAIN_ID), c.get(Key.PROJECT_DOMAIN_NAME), defaultDomain));
        } else {
            throw missing(Key.PROJECT_NAME);
        }
        KeystoneToken token = keystone.login(authUrl, user, project);
        return new Target(endpoint != null ? endpoint : fromCatalog(c, token),
                token.projectId(), token.id());
    }

    private String fromCatalog(Credentials c, KeystoneToken token) {
        String url = Catalog.endpoint(token.catalog(),
                or(c.get(Key.SERVICE_TYPE), DEFAULT_SERVICE_TYPE), c.get(Key.INTERFACE),
                c.get(Key.REGION_NAME));
        log.note("LaOS endpoint from the catalog: " + url);
        return UrlSettings.check(url, "LaOS endpoint", "the service catalog");
    }

    /** The LaOS endpoint the settings give, checked; null when the catalog is to say. */
    private static String endpoint(Credentials c) {
        String url = c.get(Key.ENDPOINT);
        return url == null ? null
                : UrlSettings.check(url, "LaOS endpoint", c.settings().source(Key.ENDPOINT));
    }

    private static String authUrl(Credentials c) {
        return UrlSettings.check(require(c, Key.AUTH_URL), "auth URL",
                c.settings().source(Key.AUTH_URL));
    }

    private static ObjectNode domain(String id, String name, String defaultId) {
        ObjectNode domain = JSON.createObjectNode();
        return id != null ? domain.put("id", id)
                : name != null ? domain.put("name", name) : domain.put("id", defaultId);
    }

    private static String require(Credentials c, Key key) {
        String value = c.get(key);
        if (value == null) {
            throw missing(key);
        }
        return value;
    }

    private static CliException missing(Key key) {
        return new CliException("Missing " + key.option() + " (or " + key.envVar() + ", or a"
                + " cloud in clouds.yaml with --os-cloud): authenticate with a cloud, OS_*"
                + " variables or --os-* options, with a token (--os-token and --os-endpoint),"
                + " or use --noauth for a development server");
    }

    private static String or(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
