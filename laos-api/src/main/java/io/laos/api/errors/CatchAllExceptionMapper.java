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
package io.laos.api.errors;

import io.laos.api.http.BodyLimitFilter;
import io.laos.common.error.LaosException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jdbi.v3.core.ConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last line: whatever else went wrong answers a JSON error with the request id, and the
 * stack trace goes to the log only. LaOS failures wrapped by a library are unwrapped first.
 */
@Provider
public class CatchAllExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(CatchAllExceptionMapper.class);

    private final LaosExceptionMapper laos = new LaosExceptionMapper();
    private final WebApplicationExceptionMapper web = new WebApplicationExceptionMapper();

    @Override
    public Response toResponse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LaosException le) {
                return laos.toResponse(le);
            }
            if (t instanceof BodyLimitFilter.TooLargeException tl) {
                return laos.toResponse(tl.toLaosException());
            }
            if (t instanceof WebApplicationException we) {
                return web.toResponse(we);
            }
            if (t instanceof ConnectionException) {
                LOG.error("The database is unreachable", e);
                return ErrorResponses.of(503, "The database is unavailable; try again later");
            }
        }
        LOG.error("Unexpected error", e);
        return ErrorResponses.of(500, "Internal error; the operator can find it in the log by"
                + " this request's id");
    }
}
