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
package io.laos.api.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a function image does when the fake runs it ({@link FakeIronFunctions#onImage}). The
 * built-in images are {@code echo}, {@code fail}, {@code slow} and {@code unpullable}; any
 * other image without a registered function greets like {@code iron/hello}.
 */
@FunctionalInterface
public interface FakeFunction {

    Outcome run(Call call) throws IOException, InterruptedException;

    /**
     * One call, as IronFunctions hands it to a container (API.md 5.2).
     *
     * @param stdin   the POST body, the {@code payload} query parameter of a GET, else empty;
     *                read it incrementally to observe request streaming
     * @param env     METHOD, ROUTE, REQUEST_URL, app and route config, HEADER_* variables
     * @param timeout the route's timeout in seconds
     */
    record Call(String app, String route, String method, String query,
                Map<String, List<String>> headers, Map<String, String> env, InputStream stdin,
                int timeout) {
    }

    /** Writes a streamed answer body. */
    @FunctionalInterface
    interface BodyWriter {
        void write(OutputStream out) throws IOException, InterruptedException;
    }

    /**
     * How the call ended. Success answers 200 with the route's headers; failures and timeouts
     * answer 500/504 with IronFunctions' {@code {"request_id", "error": {"message"}}} body.
     * {@link #withHeader} adds response headers a real default-format function could not set:
     * a fake-only way for test functions to report what they saw.
     */
    final class Outcome {
        final int status;
        final byte[] stdout;
        final BodyWriter writer;
        final String error;
        final Map<String, String> headers = new LinkedHashMap<>();

        private Outcome(int status, byte[] stdout, BodyWriter writer, String error) {
            this.status = status;
            this.stdout = stdout;
            this.writer = writer;
            this.error = error;
        }

        public static Outcome success(byte[] stdout) {
            return new Outcome(200, stdout, null, null);
        }

        /** A 200 whose body is written while the client already reads it (chunked). */
        public static Outcome streaming(BodyWriter writer) {
            return new Outcome(200, null, writer, null);
        }

        /** A non-zero exit or any run failure: 500 with this message ("exit code 1"). */
        public static Outcome failure(String message) {
            return new Outcome(500, null, null, message);
        }

        /** The run exceeded the route's timeout: 504 "Timed out". */
        public static Outcome timedOut() {
            return new Outcome(504, null, null, "Timed out");
        }

        public Outcome withHeader(String name, String value) {
            headers.put(name, value);
            return this;
        }
    }
}
