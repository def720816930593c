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
package io.laos.api.run;

import io.laos.common.error.ErrorKind;
import io.laos.common.error.LaosException;
import io.laos.common.model.CallOutcome;
import io.laos.common.model.CallStatus;

/**
 * How a run is recorded. With the default function format a function cannot choose its own
 * status: every 5xx comes from the engine reporting a failed run. So an answer is
 * {@code success} below 500, {@code timeout} at 504, and {@code error} for any other 5xx, with
 * the engine's error message when it gave one. A run the engine could not take at all is
 * recorded with the status LaOS answered (502, 503, 504).
 */
public final class Outcomes {
    private Outcomes() {
    }

    /** The function (or the engine on its behalf) answered {@code status}. */
    public static CallOutcome answered(int status, String engineError) {
        if (status == 504) {
            return new CallOutcome(CallStatus.TIMEOUT, status,
                    engineError == null ? "Timed out" : engineError);
        }
        if (status >= 500) {
            return new CallOutcome(CallStatus.ERROR, status,
                    engineError == null ? "The function failed (HTTP " + status + ")"
                            : engineError);
        }
        return new CallOutcome(CallStatus.SUCCESS, status, null);
    }

    /** The run failed in LaOS or in the engine with {@code e} (what the caller is told). */
    public static CallOutcome failed(LaosException e) {
        CallStatus status = e.kind() == ErrorKind.ENGINE_TIMEOUT ? CallStatus.TIMEOUT
                : CallStatus.ERROR;
        return new CallOutcome(status, e.status(), e.getMessage());
    }

    /** The answer started but could not be carried to its end. */
    public static CallOutcome interrupted(int status, String why) {
        return new CallOutcome(CallStatus.ERROR, status, why);
    }
}
