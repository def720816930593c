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
package io.laos.common.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The one error shape: {@code {"error": {"message", "code", "field"?, "request_id"?}}}, which
 * keystoneauth, Picasso's client and IronFunctions' clients all read.
 */
public record ErrorView(@JsonProperty("error") Body error) {

    /** The inside of the envelope. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Body(String message, int code, String field,
                       @JsonProperty("request_id") String requestId) {
    }

    public static ErrorView of(int code, String message, String field, String requestId) {
        return new ErrorView(new Body(message, code, field, requestId));
    }
}
