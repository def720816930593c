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

import com.fasterxml.jackson.databind.ObjectMapper;
import io.laos.api.errors.CatchAllExceptionMapper;
import io.laos.api.errors.LaosExceptionMapper;
import io.laos.api.http.OversizedBodies;
import io.laos.common.error.LaosException;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The run path's fast lane: public routes run here, in a servlet filter, without Jersey. They
 * need no authentication, and Jersey's request processing costs more CPU than the rest of a
 * run. Anything else (private routes, unknown paths) goes on to
 * {@link io.laos.api.resources.RunResource}, which runs it with the same services and answers
 * the same way.
 *
 * <p>A body declared larger than any run may take is refused here, for every run path, before
 * the route is looked at: a client waiting for {@code 100 Continue} gets the 413 instead (the
 * servlet container sends "100 Continue" as soon as the input stream is asked for, so the
 * stream is left alone then); any other client's body is dropped first when it is not too big
 * ({@link OversizedBodies}).
 */
final class PublicRunFilter implements Filter {
    private final RunService runs;
    private final ObjectMapper json;
    private final LaosExceptionMapper laosErrors = new LaosExceptionMapper();
    private final CatchAllExceptionMapper otherErrors = new CatchAllExceptionMapper();

    private final long maxBodyBytes;

    PublicRunFilter(RunService runs, ObjectMapper json, long maxBodyBytes) {
        this.runs = runs;
        this.json = json;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        long declared = request.getContentLengthLong();
        if (declared > maxBodyBytes) {
            boolean waiting = OversizedBodies.expectsContinue(request.getHeader("Expect"));
            if (!OversizedBodies.drain(waiting ? null : request.getInputStream(), declared,
                    maxBodyBytes)) {
                response.setHeader("Connection", "close");
            }
            writeError(response, laosErrors.toResponse(SyncRunner.tooLarge(maxBodyBytes)));
            return;
        }
        RunPath path = RunPath.parse(request.getRequestURI()
                .substring(request.getContextPath().length()));
        Optional<RunTargets.Resolved> target = path == null ? Optional.empty()
                : runs.find(path.projectId(), path.app(), path.route());
        if (target.isEmpty() || !target.get().target().route().isPublic()) {
            chain.doFilter(req, resp);
            return;
        }
        String query = request.getQueryString();
        RunRequest run = new RunRequest(request.getMethod(),
                query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query,
                query, ForwardedHeaders.request(headers(request)), request.getInputStream(),
                request.getContentLengthLong());
        RunResult result;
        try {
            result = runs.runPublic(target.get(), run);
        } catch (RuntimeException e) {
            writeError(response, e instanceof LaosException le ? laosErrors.toResponse(le)
                    : otherErrors.toResponse(e));
            return;
        }
        if (result instanceof RunResult.Accepted accepted) {
            response.setStatus(HttpServletResponse.SC_ACCEPTED);
            response.setHeader("Location", base(request) + UriBuilder
                    .fromPath("/v1/{project_id}/calls/{call_id}")
                    .build(path.projectId(), accepted.callId()));
            if (accepted.preferenceApplied()) {
                response.setHeader(RunResult.Accepted.PREFERENCE_APPLIED,
                        RunResult.Accepted.RESPOND_ASYNC);
            }
            response.setContentType("application/json");
            json.writeValue(response.getOutputStream(), Map.of("call_id", accepted.callId()));
            return;
        }
        RunResult.Answered answer = (RunResult.Answered) result;
        response.setStatus(answer.status());
        answer.headers().forEach((name, values) -> values.forEach(v -> response.addHeader(name,
                v)));
        if (request.getMethod().equals("HEAD")) {
            answer.body().discard();
        } else {
            answer.body().writeTo(response.getOutputStream());
        }
    }

    private static Map<String, List<String>> headers(HttpServletRequest request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        return headers;
    }

    /** The scheme, host and port the caller used, for an absolute Location (as Jersey does). */
    private static String base(HttpServletRequest request) {
        StringBuffer url = request.getRequestURL();
        return url.substring(0, url.length() - request.getRequestURI().length())
                + request.getContextPath();
    }

    private void writeError(HttpServletResponse response, Response error) throws IOException {
        response.setStatus(error.getStatus());
        error.getStringHeaders().forEach((name, values) -> values.forEach(v ->
                response.addHeader(name, v)));
        response.setContentType("application/json");
        json.writeValue(response.getOutputStream(), error.getEntity());
    }
}
