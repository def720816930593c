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
import io.laos.api.http.RequestIds;
import io.laos.common.error.LaosException;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The run path's front door: public routes run here, as a Jetty handler inside the
 * application's context but ahead of the servlet machinery (the filter chain, Jersey). They
 * need no authentication, and the servlet layer costs more CPU than the rest of a run (see
 * docs/benchmarks.md). Everything else (private routes, unknown paths, the API) goes on to the
 * servlets, where {@link io.laos.api.resources.RunResource} runs private routes with the same
 * services and answers the same way.
 *
 * <p>What the servlet filters do for every other request is done here for the runs it
 * answers: an {@code x-openstack-request-id} (header and log context), and the rest of a body
 * the function did not read is read, up to a bound, so that the connection stays usable (see
 * {@link io.laos.api.http.UnreadBodyFilter}).
 *
 * <p>A body declared larger than any run may take is refused here, for every run path, before
 * the route is looked at: a client waiting for {@code 100 Continue} gets the 413 instead (the
 * server sends "100 Continue" as soon as the body is read, so it is left alone then); any
 * other client's body is dropped first when it is not too big ({@link OversizedBodies}).
 */
final class PublicRunHandler extends Handler.Wrapper {
    private static final String HEAD = "HEAD";

    private final RunService runs;
    private final ObjectMapper json;
    private final LaosExceptionMapper laosErrors = new LaosExceptionMapper();
    private final CatchAllExceptionMapper otherErrors = new CatchAllExceptionMapper();
    private final long maxBodyBytes;
    private final long maxUnreadBytes;

    /**
     * @param maxBodyBytes   the largest body a run may send
     * @param maxUnreadBytes the most of a body that is read after the answer
     */
    PublicRunHandler(RunService runs, ObjectMapper json, long maxBodyBytes, long maxUnreadBytes) {
        this.runs = runs;
        this.json = json;
        this.maxBodyBytes = maxBodyBytes;
        this.maxUnreadBytes = maxUnreadBytes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback)
            throws Exception {
        HttpURI uri = request.getHttpURI();
        String contextPath = Request.getContextPath(request);
        // The root context's path is "/" here (not "" as in the servlet API).
        String rawPath = contextPath == null || contextPath.length() <= 1 ? uri.getPath()
                : uri.getPath().substring(contextPath.length());
        if (!rawPath.startsWith("/r/") && !rawPath.startsWith("/v1/r/")) {
            return super.handle(request, response, callback);
        }
        long declared = request.getLength();
        RunPath path = null;
        Optional<RunTargets.Resolved> target = Optional.empty();
        if (declared <= maxBodyBytes) {
            path = RunPath.parse(rawPath);
            target = path == null ? Optional.empty()
                    : runs.find(path.projectId(), path.app(), path.route());
            if (target.isEmpty() || !target.get().target().route().isPublic()) {
                return super.handle(request, response, callback);
            }
        }
        String requestId = RequestIds.generate();
        response.getHeaders().put(RequestIds.HEADER, requestId);
        RequestIds.enterLogs(requestId, request.getHeaders().get(RequestIds.HEADER));
        try {
            if (target.isEmpty()) {
                answerTooLarge(request, response, declared);
            } else {
                // Not closed when done: closing before the end of the body would fail it.
                InputStream body = Content.Source.asInputStream(request);
                run(target.get(), path, request, body, response);
                readUnreadRest(request, body, declared);
            }
            callback.succeeded();
        } catch (Throwable t) {
            // Only a failure while the answer was on its way gets here (the run's own errors
            // are answered in run()): the caller cannot be told more than a broken answer.
            callback.failed(t);
        } finally {
            RequestIds.leaveLogs();
        }
        return true;
    }

    /**
     * Blocking: a run waits for the engine's answer, so the server must call this handler on a
     * thread of its pool, never on the thread that reads the network (the servlets it wraps
     * would let it).
     */
    @Override
    public InvocationType getInvocationType() {
        return InvocationType.BLOCKING;
    }

    private void run(RunTargets.Resolved target, RunPath path, Request request, InputStream body,
                     Response response) throws IOException {
        HttpURI uri = request.getHttpURI();
        String query = uri.getQuery();
        String requestUri = query == null ? uri.getPath() : uri.getPath() + "?" + query;
        RunRequest run = new RunRequest(request.getMethod(), requestUri, query,
                ForwardedHeaders.request(headers(request.getHeaders())), body,
                request.getLength());
        RunResult result;
        try {
            result = runs.runPublic(target, run);
        } catch (RuntimeException e) {
            writeError(response, e instanceof LaosException le ? laosErrors.toResponse(le)
                    : otherErrors.toResponse(e));
            return;
        }
        if (result instanceof RunResult.Accepted accepted) {
            response.setStatus(Status.ACCEPTED.getStatusCode());
            HttpFields.Mutable headers = response.getHeaders();
            headers.put(HttpHeader.LOCATION, HttpURI.build(uri, UriBuilder
                    .fromPath("/v1/{project_id}/calls/{call_id}")
                    .build(path.projectId(), accepted.callId()).getRawPath()).asString());
            if (accepted.preferenceApplied()) {
                headers.put(RunResult.Accepted.PREFERENCE_APPLIED,
                        RunResult.Accepted.RESPOND_ASYNC);
            }
            writeJson(response, Map.of("call_id", accepted.callId()));
            return;
        }
        RunResult.Answered answer = (RunResult.Answered) result;
        response.setStatus(answer.status());
        HttpFields.Mutable headers = response.getHeaders();
        answer.headers().forEach((name, values) -> {
            for (String value : values) {
                headers.add(name, value);
            }
        });
        if (request.getMethod().equals(HEAD)) {
            answer.body().discard();
            return;
        }
        // Buffered as the servlet layer buffers: a small answer goes out whole, with its
        // length, a large one in chunks as it streams.
        try (OutputStream out = Response.asBufferedOutputStream(request, response)) {
            answer.body().writeTo(out);
        }
    }

    /** The caller's headers, a name sent twice keeping both values. */
    private static Map<String, List<String>> headers(HttpFields fields) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (HttpField field : fields) {
            headers.computeIfAbsent(field.getName(), k -> new ArrayList<>(1))
                    .add(field.getValue());
        }
        return headers;
    }

    /** Reads the rest of a body the function did not read, up to the bound. */
    private void readUnreadRest(Request request, InputStream body, long declared) {
        HttpFields headers = request.getHeaders();
        boolean sent = declared > 0
                || declared < 0 && headers.contains(HttpHeader.TRANSFER_ENCODING);
        if (sent && !OversizedBodies.expectsContinue(headers.get(HttpHeader.EXPECT))) {
            OversizedBodies.discardRest(body, maxUnreadBytes);
        }
    }

    private void answerTooLarge(Request request, Response response, long declared)
            throws IOException {
        boolean waiting = OversizedBodies.expectsContinue(
                request.getHeaders().get(HttpHeader.EXPECT));
        if (!OversizedBodies.drain(waiting ? null : Content.Source.asInputStream(request),
                declared, maxBodyBytes)) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
        writeError(response, laosErrors.toResponse(SyncRunner.tooLarge(maxBodyBytes)));
    }

    private void writeError(Response response, jakarta.ws.rs.core.Response error)
            throws IOException {
        response.setStatus(error.getStatus());
        error.getStringHeaders().forEach((name, values) -> values.forEach(v ->
                response.getHeaders().add(name, v)));
        writeJson(response, error.getEntity());
    }

    private void writeJson(Response response, Object entity) throws IOException {
        byte[] bytes = json.writeValueAsBytes(entity);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        try (OutputStream out = Content.Sink.asOutputStream(response)) {
            out.write(bytes);
        }
    }
}
