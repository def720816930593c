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

import io.laos.common.error.LaosException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns LaOS's own failures into their status and message. Engine failures are logged with the
 * operator detail (what the engine said), which never reaches the client.
 */
@Provider
public class LaosExceptionMapper implements ExceptionMapper<LaosException> {
    private static final Logger LOG = LoggerFactory.getLogger(LaosExceptionMapper.class);

    @Override
    public Response toResponse(LaosException e) {
        if (e.status() >= 500) {
            LOG.warn("{} {}: {}", e.status(), e.getMessage(),
                    e.operatorDetail() == null ? "" : e.operatorDetail(), e.getCause());
        } else if (e.operatorDetail() != null) {
            LOG.info("{} {}: {}", e.status(), e.getMessage(), e.operatorDetail());
        }
        return ErrorResponses.builder(e.status(), e.getMessage(), e.field()).build();
    }
}
