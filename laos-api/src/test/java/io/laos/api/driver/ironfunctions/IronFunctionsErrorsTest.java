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
package io.laos.api.driver.ironfunctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.dropwizard.util.Duration;
import io.laos.api.testing.FakeIronFunctions;
import io.laos.api.testing.RecordedRequest;
import io.laos.common.driver.EngineApp;
import io.laos.common.driver.InvocationRequest;
import io.laos.common.driver.InvocationResult;
import io.laos.common.error.EngineException;
import io.laos.common.error.ErrorKind;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Engine failures on management calls and the health check, as the driver reports them. */
class IronFunctionsErrorsTest extends IronFunctionsTestSupport {
    private static final String KEY = "s3cr3t-jwt-key";

    @Test
    void aStoppedEngineIsUnavailableEvenOnAPooledConnectionItClosed() {
        driver.listApps(); // leaves a kept-alive connection in the pool
        engine.stop();

        EngineException e = engineFailure(ErrorKind.UNAVAILABLE, driver::listApps);

        assertThat(e.getMessage())
                .isEqualTo("The functions engine is unreachable; try again later");
        assertThat(e.operatorDetail())
                .contains("GET /v1/apps", "IronFunctions at http://127.0.0.1");
        engineFailure(ErrorKind.UNAVAILABLE, () -> driver.createApp(app("a1")));
        engineFailure(ErrorKind.UNAVAILABLE, driver::checkHealth);
    }

    @Test
    void aManagementCallTheEngineDoesNotAnswerInTimeIsAnEngineTimeout() throws Exception {
        IronFunctionsDriver impatient = driverFor(engine.url(),
                f -> f.getClient().setTimeout(Duration.milliseconds(300)));
        FakeIronFunctions.Hold hold = engine.delayNext("GET", "/v1/apps");
        try {
            EngineException e = assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                    () -> engineFailure(ErrorKind.ENGINE_TIMEOUT, impatient::listApps));
            assertThat(e.getMessage()).isEqualTo("The functions engine did not answer in time");
        } finally {
            hold.release();
        }
    }

    @Test
    void anEngineErrorIsAFailureWhoseDetailOnlyTheOperatorSees() {
        engine.failNext("POST", "/v1/apps", 500,
                "{\"error\":{\"message\":\"Could not get app from datastore\"}}");

        EngineException e = engineFailure(ErrorKind.ENGINE_FAILURE,
                () -> driver.createApp(app("a1")));

        assertThat(e.getMessage()).isEqualTo("The functions engine failed to create the app")
                .doesNotContain("datastore");
        assertThat(e.operatorDetail())
                .isEqualTo("IronFunctions at " + engine.url() + ": POST /v1/apps answered 500: "
                        + "Could not get app from datastore");
    }

    @Test
    void validationMessagesWithNewlinesBecomeOneLogLine() {
        engine.failNext("POST", "/v1/apps/a1/routes", 400, "{\"error\":{\"message\":"
                + "\"validation failure list:\\nvalidation failure list:\\n"
                + "Missing route Image\"}}");

        EngineException e = engineFailure(ErrorKind.ENGINE_FAILURE,
                () -> driver.createRoute("a1", route("/h", "echo")));

        assertThat(e.operatorDetail()).doesNotContain("\n").contains(
                "validation failure list: | validation failure list: | Missing route Image");
    }

    @Test
    void aPlainTextInvalidJsonAnswerIsStillRead() {
        engine.failNext("PATCH", "/v1/apps/a1", 400, "text/plain; charset=utf-8",
                "{\"error\":{\"message\":\"Invalid JSON\"}}\n");

        EngineException e = engineFailure(ErrorKind.ENGINE_FAILURE, () -> driver.updateApp(
                app("a1"), new EngineApp("a1", Map.of("K", "v"))));

        assertThat(e.operatorDetail()).endsWith("answered 400: Invalid JSON");
    }

    @Test
    void aSuccessStatusWithABodyThatIsNotIronFunctionsIsAFailure() {
        engine.failNext("GET", "/v1/apps", 200, "text/html", "<html>proxy login</html>");

        EngineException e = engineFailure(ErrorKind.ENGINE_FAILURE, driver::listApps);

        assertThat(e.operatorDetail()).contains("unreadable answer");
    }

    @Test
    void aWrongUrlPrefixIsAFailureEvenForDeletes() throws Exception {
        // Every path under the prefix is unknown: gin's bare "Not Found", not "App not found".
        IronFunctionsDriver wrong = driverFor(engine.url() + "/functions", f -> { });

        engineFailure(ErrorKind.ENGINE_FAILURE, wrong::listApps);
        engineFailure(ErrorKind.ENGINE_FAILURE, () -> wrong.deleteApp("a1"));
        engineFailure(ErrorKind.ENGINE_FAILURE, () -> wrong.deleteRoute("a1", "/h"));
        assertThat(engine.calls("*", "/functions/v1/")).isEqualTo(3);
    }

    @Test
    void aDroppedConnectionIsRetriedOnceForAGet() {
        engine.dropNext("GET", "/v1/apps");

        assertThat(driver.listApps()).isEmpty();
        assertThat(engine.calls("GET", "/v1/apps")).isEqualTo(2);
    }

    @Test
    void aDroppedPatchIsNotRetriedBecauseHeaderPatchesAppend() {
        driver.createApp(app("a1"));
        engine.dropNext("PATCH", "/v1/apps/a1");

        EngineException e = engineFailure(ErrorKind.ENGINE_FAILURE, () -> driver.updateApp(
                app("a1"), new EngineApp("a1", Map.of("K", "v"))));

        assertThat(e.getMessage()).isEqualTo("The functions engine failed to update the app");
        assertThat(engine.calls("PATCH", "/v1/apps/a1")).isEqualTo(1);
    }

    @Test
    void withoutTheJwtKeyAProtectedEngineRefusesAndTheOperatorIsToldWhy() {
        engine.requireJwt(KEY);

        EngineException e = engineFailure(ErrorKind.ENGINE_FAILURE, driver::listApps);

        // IronFunctions' 401 has a string "error", not the usual object.
        assertThat(e.operatorDetail()).contains("401", "Invalid API Authorization token.",
                "jwtAuthKey");
    }

    @Test
    void withTheJwtKeyManagementCallsCarryASignedTokenAndRunsDoNot() throws Exception {
        engine.requireJwt(KEY);
        IronFunctionsDriver signed = driverFor(engine.url(), f -> f.setJwtAuthKey(KEY));

        signed.createApp(app("a1"));
        signed.createRoute("a1", route("/echo", "echo"));
        signed.checkHealth();
        try (InvocationResult result = signed.invoke(new InvocationRequest("c1", app("a1"),
                route("/echo", "echo"), "GET", "/r/p/a1/echo", null, Map.of(),
                InputStream.nullInputStream(), 0))) {
            assertThat(result.status()).isEqualTo(200);
        }

        List<RecordedRequest> requests = engine.requests();
        assertThat(requests).filteredOn(r -> r.path().startsWith("/v1/"))
                .allSatisfy(r -> assertThat(r.header("Authorization")).startsWith("Bearer "));
        assertThat(requests).filteredOn(r -> !r.path().startsWith("/v1/"))
                .allSatisfy(r -> assertThat(r.header("Authorization")).isNull());
        assertThat(signed.toString()).doesNotContain(KEY);
    }

    @Test
    void aJwtSignedWithAnotherKeyIsRefused() throws Exception {
        engine.requireJwt(KEY);
        IronFunctionsDriver wrongKey = driverFor(engine.url(), f -> f.setJwtAuthKey("other"));

        EngineException e = engineFailure(ErrorKind.ENGINE_FAILURE, wrongKey::listApps);

        assertThat(e.operatorDetail()).contains("401").doesNotContain("other");
    }

    @Test
    void healthChecksAskForTheVersion() {
        driver.checkHealth();

        assertThat(engine.calls("GET", "/version")).isEqualTo(1);
        engine.failNext("GET", "/version", 200, "text/html", "<html>it works</html>");
        engineFailure(ErrorKind.ENGINE_FAILURE, driver::checkHealth);
    }
}
