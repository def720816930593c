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

import io.laos.common.model.CallLog;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Function logs as they are kept: at most a number of UTF-8 bytes, cut on a character. */
public final class CallLogs {
    private CallLogs() {
    }

    /** The log to keep for a call, or null when the engine gave none. */
    public static CallLog bounded(String callId, String text, long maxBytes) {
        if (text == null) {
            return null;
        }
        // Most logs are short: a character is at most 3 UTF-8 bytes in a Java string's BMP.
        if ((long) text.length() * 3 <= maxBytes) {
            return new CallLog(callId, text, false);
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= maxBytes) {
            return new CallLog(callId, text, false);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.IGNORE);
        CharBuffer out = CharBuffer.allocate((int) maxBytes);
        // A character cut in the middle is incomplete input, which the decoder leaves out.
        decoder.decode(ByteBuffer.wrap(bytes, 0, (int) maxBytes), out, true);
        out.flip();
        return new CallLog(callId, out.toString(), true);
    }
}
