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

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body that fails as soon as it passes a limit, for bodies whose length is not
 * declared (chunked). The failure is an {@link IOException}, so it travels through any driver
 * as a transport error; {@link #exceeded()} tells afterwards that the limit was the cause.
 */
public final class LimitedInputStream extends FilterInputStream {
    private final long max;
    private long count;
    private volatile boolean exceeded;

    public LimitedInputStream(InputStream in, long max) {
        super(in);
        this.max = max;
    }

    /** True once more than the limit was read. */
    public boolean exceeded() {
        return exceeded;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) throws IOException {
        count += n;
        if (count > max) {
            exceeded = true;
            throw new BodyLimitFilter.TooLargeException(max);
        }
    }

    /** Reads a whole body of at most {@code max} bytes; null when it is larger. */
    public static byte[] readAll(InputStream in, long max) throws IOException {
        LimitedInputStream limited = new LimitedInputStream(in, max);
        try {
            return limited.readAllBytes();
        } catch (IOException e) {
            if (limited.exceeded()) {
                return null;
            }
            throw e;
        }
    }
}
