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
package io.laos.api.resources.v1;

import io.laos.api.service.Pagination;
import io.laos.common.error.LaosException;
import io.laos.common.model.Page;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** List bodies ({@code {"apps": [...], "links": {"self", "next"?}}}) and their query checks. */
final class ListResponses {
    private ListResponses() {
    }

    /** Unknown query parameters are refused (API-SIG): a typo must not silently list all. */
    static void allowOnly(UriInfo uri, Set<String> allowed) {
        for (String name : uri.getQueryParameters().keySet()) {
            if (!allowed.contains(name)) {
                throw LaosException.badRequest(name, "Unknown query parameter '" + name + "'");
            }
        }
    }

    static Integer limitParam(UriInfo uri) {
        String raw = uri.getQueryParameters().getFirst("limit");
        if (raw == null) {
            return null;
        }
        try {
            return Integer.valueOf(raw);
        } catch (NumberFormatException e) {
            throw LaosException.badRequest("limit", "'limit' must be a whole number");
        }
    }

    static int limit(UriInfo uri) {
        return Pagination.limit(limitParam(uri));
    }

    static <T, V> Map<String, Object> body(String key, Page<T> page, Function<T, V> view,
                                           UriInfo uri, int limit) {
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("self", uri.getRequestUri().toString());
        if (page.nextMarker() != null) {
            links.put("next", uri.getRequestUriBuilder()
                    .replaceQueryParam("limit", limit)
                    .replaceQueryParam("marker", page.nextMarker()).build().toString());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        List<V> items = page.items().stream().map(view).toList();
        body.put(key, items);
        body.put("links", links);
        return body;
    }

    static Map<String, Object> message(String message) {
        return Map.of("message", message);
    }
}
