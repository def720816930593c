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

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

/** What the answer left of a request body is read, within a bound (UnreadBodyFilter). */
class UnreadBodyFilterTest {

    @Test
    void readsWhatTheAnswerLeftOfASmallBody() throws Exception {
        Body body = new Body(1000);
        run(request(body, 1000, null), 4096);
        assertThat(body.isFinished()).isTrue();
    }

    @Test
    void leavesALargeRemainderToTheServer() throws Exception {
        Body body = new Body(10_000);
        run(request(body, 10_000, null), 4096);
        assertThat(body.available()).isEqualTo(10_000 - 4096);
    }

    @Test
    void neverTouchesABodyTheClientWaitsToBeAskedFor() throws Exception {
        Body body = new Body(1000);
        run(request(body, 1000, "100-continue"), 4096);
        assertThat(body.available()).isEqualTo(1000);
    }

    @Test
    void aChunkedBodyIsReadToo() throws Exception {
        Body body = new Body(3000);
        run(request(body, -1, null), 4096);
        assertThat(body.isFinished()).isTrue();
    }

    private static void run(HttpServletRequest request, long max) throws Exception {
        new UnreadBodyFilter(max).doFilter(request, mock(HttpServletResponse.class),
                mock(FilterChain.class));
    }

    private static HttpServletRequest request(Body body, long length, String expect)
            throws Exception {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getContentLengthLong()).thenReturn(length);
        when(request.getHeader("Expect")).thenReturn(expect);
        when(request.getInputStream()).thenReturn(body);
        return request;
    }

    /** A servlet input stream over {@code n} bytes. */
    private static final class Body extends ServletInputStream {
        private final ByteArrayInputStream in;

        Body(int n) {
            this.in = new ByteArrayInputStream(new byte[n]);
        }

        @Override
        public int read() {
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
            return in.read(b, off, len);
        }

        @Override
        public int available() {
            return in.available();
        }

        @Override
        public boolean isFinished() {
            return in.available() == 0;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException();
        }
    }
}
