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
package io.laos.common.model;

import java.util.Locale;

/** How a route is run: the caller waits for the answer, or gets a call id at once. */
public enum RouteType {
    SYNC, ASYNC;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the exact lower-case API value, or returns null. */
    public static RouteType parse(String value) {
        for (RouteType t : values()) {
            if (t.value().equals(value)) {
                return t;
            }
        }
        return null;
    }
}
