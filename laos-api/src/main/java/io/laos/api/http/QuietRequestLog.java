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

import io.dropwizard.core.setup.Environment;
import io.dropwizard.request.logging.LogbackAccessRequestLog;
import org.eclipse.jetty.server.Server;

/**
 * Keeps Dropwizard's request log (logback-access) from printing its start-up status on standard
 * output, past the configured logging.
 *
 * <p>On start, logback-access's request log checks the versions of its jars and, unless it is
 * quiet, prints every status it has with {@code StatusPrinter}: lines such as
 * {@code |-WARN in LogbackAccessRequestLog - Versions of logback-access-common and
 * logback-access-jetty12 are different!}. With the versions Dropwizard 5.0.1 pins
 * (logback-access 2.0.9, logback-core 1.5.26) both warnings are false, in any packaging, shaded
 * jar or not: the jetty12 "version" is read from the manifest of the subclass's package, which
 * is Dropwizard's ({@code 5.0.1}, or {@code ?} in the shaded jar, which has one manifest), and
 * the expected logback-core version is looked up in
 * {@code logback-access-common-dependencies.properties} while that jar ships
 * {@code ...-dependees.properties}. Dropwizard configures the request log itself (its
 * {@code configure()} only names it), so that printout holds the version check only, and
 * quiet drops nothing else. Request lines still go to the configured appenders.
 */
public final class QuietRequestLog {
    private QuietRequestLog() {
    }

    /**
     * The request log is a bean of the server, built with it after {@code Application.run},
     * and starts with it: it is made quiet as the server starts.
     */
    public static void install(Environment env) {
        ServerStart.onStarting(env, QuietRequestLog::quiet);
    }

    static void quiet(Server server) {
        if (server.getRequestLog() instanceof LogbackAccessRequestLog requestLog) {
            requestLog.setQuiet(true);
        }
    }
}
