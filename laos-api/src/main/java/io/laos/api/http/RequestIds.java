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

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/** OpenStack request ids: {@code req-<uuid4>}. */
public final class RequestIds {
    public static final String HEADER = "x-openstack-request-id";
    /** MDC keys, written into every log line of a request. */
    public static final String MDC_REQUEST_ID = "request_id";
    public static final String MDC_GLOBAL_REQUEST_ID = "global_request_id";
    /** The servlet request attribute holding this request's id. */
    public static final String ATTRIBUTE = RequestIds.class.getName();

    private static final Pattern VALID = Pattern.compile(
            "req-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private RequestIds() {
    }

    /**
     * A new id. Request ids name a request in logs and answers; they are not secrets, so they
     * come from the thread's own generator rather than from SecureRandom, whose one lock every
     * request thread would queue for.
     */
    public static String generate() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L; // version 4
        long low = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48); // RFC 4122 variant
        return "req-" + new UUID(high, low);
    }

    /**
     * Puts a request's ids into the log context: {@code id}, and the caller's global request id
     * (the inbound {@code x-openstack-request-id}) when it is well-formed. {@link #leaveLogs}
     * takes them out when the request is done.
     */
    public static void enterLogs(String id, String inbound) {
        MDC.put(MDC_REQUEST_ID, id);
        if (isValid(inbound)) {
            MDC.put(MDC_GLOBAL_REQUEST_ID, inbound);
        }
    }

    /** Takes a request's ids out of the log context (see {@link #enterLogs}). */
    public static void leaveLogs() {
        MDC.remove(MDC_REQUEST_ID);
        MDC.remove(MDC_GLOBAL_REQUEST_ID);
    }

    /** An inbound global request id is kept only when well-formed (it goes into logs). */
    public static boolean isValid(String id) {
        return id != null && VALID.matcher(id).matches();
    }
}
