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
package io.laos.api.service;

import io.laos.common.error.LaosException;
import io.laos.common.model.Page;
import java.util.List;
import java.util.function.Function;

/** Page sizes and the "one more row tells whether there is a next page" rule. */
public final class Pagination {
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    private Pagination() {
    }

    /** Validates the {@code limit} query parameter (null means the default). */
    public static int limit(Integer requested) {
        if (requested == null) {
            return DEFAULT_LIMIT;
        }
        if (requested < 1 || requested > MAX_LIMIT) {
            throw LaosException.badRequest("limit",
                    "'limit' must be between 1 and " + MAX_LIMIT);
        }
        return requested;
    }

    /**
     * Builds a page from rows fetched with {@code limit + 1}: the extra row, if any, only says
     * that a next page exists, and the marker is the last row shown.
     */
    public static <T> Page<T> page(List<T> rows, int limit, Function<T, String> marker) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<T> shown = rows.subList(0, limit);
        return new Page<>(shown, marker.apply(shown.get(limit - 1)));
    }
}
