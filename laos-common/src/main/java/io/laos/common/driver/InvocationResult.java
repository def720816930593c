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
package io.laos.common.driver;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a function answered. The body is streamed to the caller and must be closed (this
 * releases the engine connection or the child process).
 */
public interface InvocationResult extends Closeable {
    /** The HTTP status the caller gets (the function's, or the engine's failure status). */
    int status();

    Map<String, List<String>> headers();

    InputStream body();

    /** The function's own log (stderr), once the body has been read, where the engine keeps one. */
    default Optional<String> log() {
        return Optional.empty();
    }

    /** The error message of a failed call as the engine reported it, when it did. */
    default Optional<String> errorMessage() {
        return Optional.empty();
    }

    @Override
    default void close() throws IOException {
        body().close();
    }

    /**
     * A result made of its parts, as every driver builds one.
     *
     * @param log          the function's log, or null when the engine keeps none
     * @param errorMessage the engine's message for a failed call, or null
     */
    static InvocationResult of(int status, Map<String, List<String>> headers, InputStream body,
                               String log, String errorMessage) {
        return new Parts(status, headers, body, Optional.ofNullable(log),
                Optional.ofNullable(errorMessage));
    }

    /** The plain implementation behind {@link #of}. */
    record Parts(int status, Map<String, List<String>> headers, InputStream body,
                 Optional<String> log, Optional<String> errorMessage)
            implements InvocationResult {
    }
}
