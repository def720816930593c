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
 * Where a call stands. Sync calls are recorded once, finished; async calls go {@code queued},
 * {@code running}, then one of the three final states.
 */
public enum CallStatus {
    QUEUED, RUNNING, SUCCESS, ERROR, TIMEOUT;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for the three states a call ends in. */
    public boolean isFinal() {
        return this == SUCCESS || this == ERROR || this == TIMEOUT;
    }

    /** Parses the exact lower-case API value, or returns null. */
    public static CallStatus parse(String value) {
        for (CallStatus s : values()) {
            if (s.value().equals(value)) {
                return s;
            }
        }
        return null;
    }
}
