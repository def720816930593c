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

/**
 * How a call ended.
 *
 * @param status     one of the final states
 * @param httpStatus what the caller got (or would have got, for async calls)
 * @param error      why it failed, or null on success
 */
public record CallOutcome(CallStatus status, int httpStatus, String error) {
    /** Longest error message kept in a call record (the column's size). */
    public static final int ERROR_MAX = 1024;

    public CallOutcome {
        if (!status.isFinal()) {
            throw new IllegalArgumentException("an outcome is a final state, not " + status);
        }
        if (error != null && error.length() > ERROR_MAX) {
            error = error.substring(0, ERROR_MAX - 3) + "...";
        }
    }
}
