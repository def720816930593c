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
package io.laos.common.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.laos.common.model.CallLog;

/** A call's log as the API shows it (inside the {@code "log"} envelope). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CallLogView(String callId, String text, boolean truncated) {

    public static CallLogView of(CallLog log) {
        return new CallLogView(log.callId(), log.text(), log.truncated());
    }
}
