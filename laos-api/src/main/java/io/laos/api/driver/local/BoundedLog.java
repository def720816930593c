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
package io.laos.api.driver.local;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A function's stderr, kept as the call's log up to a limit. What comes after the limit is
 * counted, not kept, and the log ends with a line saying how much was dropped, so a reader
 * never mistakes a cut log for a complete one.
 */
final class BoundedLog extends OutputStream {
    private final int limit;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private long dropped;

    BoundedLog(int limit) {
        this.limit = limit;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        int room = Math.min(len, limit - kept.size());
        kept.write(b, off, room);
        dropped += len - room;
    }

    /** The log so far, as UTF-8 text (invalid bytes become U+FFFD). */
    synchronized String text() {
        String text = kept.toString(StandardCharsets.UTF_8);
        if (dropped == 0) {
            return text;
        }
        return text + (text.endsWith("\n") || text.isEmpty() ? "" : "\n")
                + "[log truncated: " + dropped + " bytes dropped]\n";
    }
}
