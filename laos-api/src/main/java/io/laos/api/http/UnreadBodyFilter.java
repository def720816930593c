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
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * Reads what is left of a request body that the answer did not need (a 415, a 404, a 401 on a
 * run...), up to a bound, before the server completes the exchange.
 *
 * <p>A body left unread makes the server close the connection after the answer, without
 * always being able to say so; a client that sent its body right away (most do) then puts the
 * connection back in its pool and loses its next request on it ("header parser received no
 * bytes"). Reading the rest keeps the connection usable. A remainder over the bound is left to
 * the server, which closes the connection: reading it would cost more than a new connection.
 */
public class UnreadBodyFilter implements Filter {
    private final long maxBytes;

    /** @param maxBytes the most that is read after the answer */
    public UnreadBodyFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(req, resp);
        HttpServletRequest request = (HttpServletRequest) req;
        if (request.getContentLengthLong() == 0 || request.isAsyncStarted()
                || OversizedBodies.expectsContinue(request.getHeader("Expect"))) {
            return; // nothing sent, or not sent unless told to continue
        }
        ServletInputStream in;
        try {
            in = request.getInputStream();
        } catch (IllegalStateException e) {
            return; // read through getReader(): whoever read it decided
        }
        if (!in.isFinished()) {
            OversizedBodies.discardRest(in, maxBytes);
        }
    }
}
