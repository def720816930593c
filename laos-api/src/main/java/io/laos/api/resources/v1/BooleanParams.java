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

import io.laos.common.error.LaosException;

/** Boolean query parameters: absent is false; "true"/"false" (any case), "1"/"0" accepted. */
final class BooleanParams {
    private BooleanParams() {
    }

    static boolean parse(String name, String raw) {
        if (raw == null) {
            return false;
        }
        return switch (raw.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw LaosException.badRequest(name, "'" + name + "' must be true or false");
        };
    }
}
