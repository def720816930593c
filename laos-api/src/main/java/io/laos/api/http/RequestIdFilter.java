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

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Gives every request an {@code x-openstack-request-id} (on the response, in the MDC for every
 * log line, and as a request attribute for error bodies). A well-formed inbound id is the
 * caller's global request id and is logged beside ours. A servlet filter, not a Jersey one, so
 * that even requests Jersey never matches get an id.
 */
public class RequestIdFilter implements Filter {

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String id = RequestIds.generate();
        req.setAttribute(RequestIds.ATTRIBUTE, id);
        ((HttpServletResponse) resp).setHeader(RequestIds.HEADER, id);
        RequestIds.enterLogs(id, ((HttpServletRequest) req).getHeader(RequestIds.HEADER));
        try {
            chain.doFilter(req, resp);
        } finally {
            RequestIds.leaveLogs();
        }
    }
}
