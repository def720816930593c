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

import ch.qos.logback.core.util.StatusPrinter;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.request.logging.LogbackAccessRequestLog;
import io.dropwizard.request.logging.LogbackAccessRequestLogFactory;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A Jetty server with Dropwizard's default request log, started as Dropwizard starts it. */
class QuietRequestLogTest {
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    // logback-access prints through the deprecated static StatusPrinter, so its stream is set
    // there.
    @BeforeEach
    @SuppressWarnings("deprecation")
    void capturePrintedStatus() {
        // logback's StatusPrinter writes to standard output; here, to this buffer.
        StatusPrinter.setPrintStream(new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    @SuppressWarnings("deprecation")
    void restorePrintedStatus() {
        StatusPrinter.setPrintStream(System.out);
    }

    private static Server serverWithRequestLog(Environment env) {
        Server server = new Server();
        server.setRequestLog(new LogbackAccessRequestLogFactory().build("laos"));
        env.lifecycle().attach(server);
        return server;
    }

    @Test
    void withoutItTheRequestLogPrintsItsVersionCheckOnStart() throws Exception {
        Server server = serverWithRequestLog(new Environment("laos-test"));
        server.start();
        try {
            // What LaOS used to print at every start, whatever its logging level.
            assertThat(printed.toString(StandardCharsets.UTF_8))
                    .contains("in LogbackAccessRequestLog - Found logback-access-common version");
        } finally {
            server.stop();
        }
    }

    @Test
    void theRequestLogStartsQuiet() throws Exception {
        Environment env = new Environment("laos-test");
        QuietRequestLog.install(env);
        Server server = serverWithRequestLog(env);
        server.start();
        try {
            assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
            assertThat(server.getRequestLog()).isInstanceOfSatisfying(
                    LogbackAccessRequestLog.class, log -> {
                        assertThat(log.isQuiet()).isTrue();
                        assertThat(log.isStarted()).isTrue();
                    });
        } finally {
            server.stop();
        }
    }
}
