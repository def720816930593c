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
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Time query parameters: ISO-8601 with a zone ({@code 2026-11-29T06:40:00Z},
 * {@code 2026-11-29T07:40:00+01:00}) or a date ({@code 2026-11-29}, midnight UTC).
 */
final class TimeParams {
    private TimeParams() {
    }

    /** The instant, or null when the parameter is absent. */
    static Instant parse(String name, String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(raw).toInstant();
        } catch (DateTimeParseException notDateTime) {
            try {
                return LocalDate.parse(raw).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notDate) {
                throw LaosException.badRequest(name, "'" + name + "' must be an ISO-8601 time"
                        + " with a zone (2026-11-29T06:40:00Z) or a date (2026-11-29)");
            }
        }
    }
}
