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
package io.laos.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.dropwizard.testing.ConfigOverride;
import io.laos.api.testing.FakeKeystone;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Tokens and passwords never reach the log, nor any error body, whatever goes wrong. */
class TokenLoggingTest {

    @Test
    void noTokenOrPasswordInLogsOrErrorBodies() throws Exception {
        List<String> secrets = new ArrayList<>(List.of(FakeKeystone.SERVICE_PASSWORD, "user-pw"));
        List<String> bodies = new ArrayList<>();
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        try (FakeKeystone keystone = FakeKeystone.start().withStandardFixture("user-pw");
             KeystoneLaos laos = KeystoneLaos.start(keystone.url(), FakeKeystone.SERVICE_USER,
                     FakeKeystone.SERVICE_PASSWORD, ConfigOverride.config("logging.level",
                             "INFO"))) {
            Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            log.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
            log.start();
            root.addAppender(log);
            String apps = "/v1/" + keystone.projectId("demo") + "/apps";

            String valid = keystone.issueToken("demo", "demo");
            String unknown = "gAAAAABunknown-token-that-must-not-be-logged";
            String revoked = keystone.issueToken("alt_demo", "alt_demo");
            keystone.revoke(revoked);
            secrets.addAll(List.of(valid, unknown, revoked));
            bodies.add(laos.send("GET", apps, valid, null).text());
            bodies.add(laos.send("POST", apps, valid, "{\"app\": {\"name\": \"x!\"}}").text());
            bodies.add(laos.send("GET", apps, unknown, null).text());
            bodies.add(laos.send("GET", apps, revoked, null).text());
            bodies.add(laos.send("GET", apps, "bad token", null).text());
            // Service tokens: a valid one, an unknown one, one without a service role.
            String service = keystone.issueToken(FakeKeystone.SERVICE_USER,
                    FakeKeystone.SERVICE_PROJECT);
            String roleless = keystone.issueToken("alt_demo", "alt_demo");
            secrets.addAll(List.of(service, roleless));
            for (String s : List.of(service, unknown, roleless)) {
                bodies.add(laos.send("GET", apps, valid, null,
                        Map.of("X-Service-Token", s)).text());
            }

            keystone.revokeTokensOf(FakeKeystone.SERVICE_USER); // renewal after a 401
            String second = keystone.issueToken("demo_reader", "demo");
            secrets.add(second);
            bodies.add(laos.send("GET", apps, second, null).text());

            keystone.rejectServiceTokens(true); // 503 after one retry
            String third = keystone.issueToken("demo", "demo");
            secrets.add(third);
            bodies.add(laos.send("GET", apps, third, null).text());
            keystone.rejectServiceTokens(false);

            keystone.failWith(500);
            String fourth = keystone.issueToken("demo", "demo");
            secrets.add(fourth);
            bodies.add(laos.send("GET", apps, fourth, null).text());
            keystone.stop();
            String fifth = keystone.issueToken("admin", "admin");
            secrets.add(fifth);
            bodies.add(laos.send("GET", apps, fifth, null).text());
            root.detachAppender(log);
        }

        List<String> lines = log.list.stream().map(TokenLoggingTest::render).toList();
        assertThat(lines).as("the test saw LaOS log something").isNotEmpty()
                .anyMatch(l -> l.contains("Keystone"));
        for (String secret : secrets) {
            assertThat(lines).noneMatch(l -> l.contains(secret));
            assertThat(bodies).noneMatch(b -> b.contains(secret));
        }
    }

    private static String render(ILoggingEvent e) {
        String thrown = e.getThrowableProxy() == null ? ""
                : ThrowableProxyUtil.asString(e.getThrowableProxy());
        return e.getFormattedMessage() + " " + e.getMDCPropertyMap() + " " + thrown;
    }
}
