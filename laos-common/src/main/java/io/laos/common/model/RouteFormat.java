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

/**
 * How the function talks to the engine: {@code default} (one process per call, body on stdin,
 * answer on stdout) or {@code http} (IronFunctions' hot functions).
 */
public enum RouteFormat {
    DEFAULT, HTTP;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the exact lower-case API value, or returns null. */
    public static RouteFormat parse(String value) {
        for (RouteFormat f : values()) {
            if (f.value().equals(value)) {
                return f;
            }
        }
        return null;
    }
}
