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

import io.laos.api.errors.LaosExceptionMapper;
import io.laos.api.run.RunPath;
import io.laos.common.error.ErrorKind;
import io.laos.common.error.LaosException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import java.io.IOException;

/**
 * Caps control-plane request bodies (apps, routes): a declared length over the cap is refused
 * before reading, and a chunked body is cut off as soon as it passes the cap, so a huge body
 * never fills memory. Runs ({@code /r/...}) have their own limit in the run path; every other
 * request, whatever its path, has this one.
 */
@PreMatching
@Priority(Priorities.ENTITY_CODER)
public class BodyLimitFilter implements ContainerRequestFilter {
    private static final LaosExceptionMapper ERRORS = new LaosExceptionMapper();

    private final long maxBytes;

    public BodyLimitFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        // Raw: a decoded %2F would change how many segments the path has.
        if (isRunPath(request.getUriInfo().getPath(false))) {
            return;
        }
        if (request.getLength() > maxBytes) {
            // Jersey has asked for the input already (so any "100 Continue" has gone out):
            // the client is sending the body, which is dropped when it is not too big.
            Response refusal = ERRORS.toResponse(tooLarge(maxBytes));
            if (!OversizedBodies.drain(request.getEntityStream(), request.getLength(),
                    maxBytes)) {
                refusal = Response.fromResponse(refusal).header("Connection", "close").build();
            }
            request.abortWith(refusal);
            return;
        }
        request.setEntityStream(new LimitedInputStream(request.getEntityStream(), maxBytes));
    }

    /** Runs have their own limit: see {@link RunPath#hasRunShape}. */
    static boolean isRunPath(String path) {
        return RunPath.hasRunShape(path.startsWith("/") ? path : "/" + path);
    }

    static LaosException tooLarge(long maxBytes) {
        return new LaosException(ErrorKind.PAYLOAD_TOO_LARGE,
                "The request body is larger than " + maxBytes + " bytes");
    }

    /** Signals an over-long body through the JSON reader, which only passes IOExceptions on. */
    public static final class TooLargeException extends IOException {
        private final long maxBytes;

        public TooLargeException(long maxBytes) {
            super("request body over " + maxBytes + " bytes");
            this.maxBytes = maxBytes;
        }

        public LaosException toLaosException() {
            return tooLarge(maxBytes);
        }
    }
}
