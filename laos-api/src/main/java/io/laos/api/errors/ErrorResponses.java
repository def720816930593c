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

import io.laos.api.http.RequestIds;
import io.laos.common.api.ErrorView;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.slf4j.MDC;

/** Builds the JSON error responses, all in one shape, carrying the request id. */
public final class ErrorResponses {
    private ErrorResponses() {
    }

    public static Response.ResponseBuilder builder(int status, String message, String field) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorView.of(status, message, field, MDC.get(RequestIds.MDC_REQUEST_ID)));
    }

    public static Response of(int status, String message) {
        return builder(status, message, null).build();
    }
}
