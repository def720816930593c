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
package io.laos.cli.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.laos.cli.CliException;
import io.laos.cli.auth.Target;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The LaOS API of one project: JSON calls under {@code /v1/{project_id}}, lists followed
 * across pages, and runs. Every answer of 400 or more becomes an {@link ApiException}.
 */
public final class ApiClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_PAGE = 1000;

    private final Http http;
    private final Target target;

    public ApiClient(Http http, Target target) {
        this.http = http;
        this.target = target;
    }

    public Target target() {
        return target;
    }

    public JsonNode get(String path, Map<String, String> query) {
        return call("GET", URI.create(target.apiBase() + path + UrlPaths.query(query)), null);
    }

    public JsonNode post(String path, JsonNode body) {
        return call("POST", URI.create(target.apiBase() + path), body);
    }

    public JsonNode patch(String path, JsonNode body) {
        return call("PATCH", URI.create(target.apiBase() + path), body);
    }

    public JsonNode delete(String path, Map<String, String> query) {
        return call("DELETE", URI.create(target.apiBase() + path + UrlPaths.query(query)), null);
    }

    /**
     * Every item of a list, following {@code links.next} from page to page, or the first
     * {@code limit} items when a limit is given. Only the next link's query (its marker) is
     * used, on the client's own URL: behind a proxy the server may not know its public one.
     */
    public List<JsonNode> list(String path, Map<String, String> query, String key,
                               Integer limit) {
        List<JsonNode> items = new ArrayList<>();
        Map<String, String> first = new LinkedHashMap<>(query);
        if (limit != null) {
            first.put("limit", Integer.toString(Math.min(limit, MAX_PAGE)));
        }
        URI next = URI.create(target.apiBase() + path + UrlPaths.query(first));
        while (next != null && (limit == null || items.size() < limit)) {
            JsonNode page = call("GET", next, null);
            for (JsonNode item : page.path(key)) {
                if (limit == null || items.size() < limit) {
                    items.add(item);
                }
            }
            String link = page.path("links").path("next").asText("");
            String nextQuery = link.isEmpty() ? null : URI.create(link).getRawQuery();
            URI following = nextQuery == null || page.path(key).isEmpty() ? null
                    : URI.create(target.apiBase() + path + "?" + nextQuery);
            next = following == null || following.equals(next) ? null : following;
        }
        return items;
    }

    /** Runs a route; the answer's body is left to the caller to stream. */
    public HttpResponse<InputStream> run(HttpRequest.Builder request, String loggedBody) {
        if (target.token() != null) {
            request.header("X-Auth-Token", target.token());
        }
        return http.stream(request.build(), loggedBody);
    }

    /** Sends one JSON call; the answer's JSON, or an empty object for an empty body. */
    private JsonNode call(String method, URI uri, JsonNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .header("Accept", "application/json");
        if (target.token() != null) {
            request.header("X-Auth-Token", target.token());
        }
        String text = null;
        if (body != null) {
            text = body.toString();
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(text));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<byte[]> response = http.send(request.build(), text);
        if (response.statusCode() >= 400) {
            throw ErrorBodies.from(response.statusCode(), response.headers(), response.body());
        }
        return json(response.body());
    }

    private static JsonNode json(byte[] body) {
        try {
            return body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            throw new CliException("The server's answer is not JSON: "
                    + e.getMessage());
        }
    }
}
