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

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/** What a run answers: the function's own answer (sync), or a call id (async). */
public sealed interface RunResult {

    /**
     * An async call was accepted and recorded; it runs in the background.
     *
     * @param preferenceApplied the caller asked for it with {@code Prefer: respond-async}, and
     *                          the answer says {@code Preference-Applied: respond-async}
     */
    record Accepted(String callId, boolean preferenceApplied) implements RunResult {
        public static final String PREFERENCE_APPLIED = "Preference-Applied";
        public static final String RESPOND_ASYNC = "respond-async";
    }

    /**
     * The function's answer, headers already filtered. The body is still streaming from the
     * engine: exactly one of {@link Body#writeTo} and {@link Body#discard} must be called, and
     * either one completes the call's record.
     */
    record Answered(int status, Map<String, List<String>> headers, Body body)
            implements RunResult {
    }

    /** The streamed body of an answer. */
    interface Body {
        /** Copies the body to the caller, then records the call. */
        void writeTo(OutputStream out) throws IOException;

        /** Drops the body (a HEAD request), then records the call. */
        void discard();
    }
}
