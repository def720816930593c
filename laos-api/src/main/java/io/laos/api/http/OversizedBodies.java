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
package io.laos.api.http;

import java.io.IOException;
import java.io.InputStream;

/**
 * What becomes of a request body declared larger than a limit, which LaOS refuses with 413
 * before reading it.
 *
 * <p>A client that did not ask {@code Expect: 100-continue} is sending the body anyway. Were
 * the server to answer and close at once, the client could still be writing when the socket
 * closes, and lose the answer to the reset (Java's HTTP client does: "header parser received
 * no bytes"). So, as nginx's lingering close does, a body up to twice the limit is read and
 * dropped first; the connection then stays usable. A larger one, or one the client has not
 * sent yet (it waits for "100 Continue", which LaOS never sends for it), ends the connection,
 * and the answer says {@code Connection: close}.
 */
public final class OversizedBodies {
    private static final int BUFFER = 16 * 1024;

    private OversizedBodies() {
    }

    /**
     * Drops the body when that is worth it.
     *
     * @param body            the request's input, or null when it must not be touched
     * @param declaredLength  the Content-Length
     * @param limit           the limit the body is over
     * @return true when the body was read to its end (the connection can carry another
     *         request); false when the answer must close the connection
     */
    public static boolean drain(InputStream body, long declaredLength, long limit) {
        return body != null && declaredLength <= 2 * limit
                && discardRest(body, declaredLength) == declaredLength;
    }

    /**
     * Reads and drops what is left of {@code body}, at most {@code max} bytes; returns how many
     * were read, or -1 when the body ended (EOF) or the client went away before that.
     */
    public static long discardRest(InputStream body, long max) {
        byte[] buffer = new byte[BUFFER];
        long read = 0;
        try {
            while (read < max) {
                int n = body.read(buffer, 0, (int) Math.min(buffer.length, max - read));
                if (n < 0) {
                    return -1;
                }
                read += n;
            }
            return read;
        } catch (IOException e) {
            return -1; // the client went away: nothing to keep
        }
    }

    /** True when the client waits for "100 Continue" before it sends the body. */
    public static boolean expectsContinue(String expectHeader) {
        return expectHeader != null && expectHeader.trim().equalsIgnoreCase("100-continue");
    }
}
