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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.laos.api.testing.FakeIronFunctions;
import io.laos.api.testing.FakeRoute;
import io.laos.common.driver.EngineApp;
import io.laos.common.error.EngineException;
import io.laos.common.error.ErrorKind;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Apps on the engine: create, config merges, idempotent deletes, listing. */
class IronFunctionsAppsTest extends IronFunctionsTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void createAppSendsNameAndConfig() {
        driver.createApp(new EngineApp("a1-x", Map.of("DB", "mysql://db", "LEVEL", "debug")));

        assertThat(engine.apps()).containsOnlyKeys("a1-x");
        assertThat(engine.apps().get("a1-x").config())
                .isEqualTo(Map.of("DB", "mysql://db", "LEVEL", "debug"));
        assertThat(engine.calls("POST", "/v1/apps")).isEqualTo(1);
    }

    @Test
    void createAppWithoutConfigStoresAnEmptyConfigNotNull() {
        driver.createApp(app("a1"));

        assertThat(engine.apps().get("a1").config()).isEmpty();
    }

    @Test
    void invalidNameIsAnEngineFailureWithTheEnginesMessageForTheOperatorOnly() {
        // IronFunctions answers 500 (not 400) with a multi-line validation message.
        EngineException e = engineFailure(ErrorKind.ENGINE_FAILURE,
                () -> driver.createApp(app("Bad.Name")));

        assertThat(e.getMessage()).isEqualTo("The functions engine failed to create the app");
        assertThat(e.operatorDetail()).contains("500", "Invalid app name", "POST /v1/apps")
                .doesNotContain("\n");
        assertThat(engine.apps()).isEmpty();
    }

    @Test
    void createAdoptsAnAppTheEngineAlreadyHasAndFixesItsConfig() {
        // Left by an earlier attempt whose answer was lost: engine names are LaOS's own.
        engine.putApp("a1", Map.of("OLD", "1", "KEEP", "x"));

        driver.createApp(new EngineApp("a1", Map.of("KEEP", "x", "NEW", "2")));

        assertThat(engine.apps().get("a1").config()).isEqualTo(Map.of("KEEP", "x", "NEW", "2"));
    }

    @Test
    void updateAppSendsOnlyChangedKeysAndEmptyStringsForRemovedOnes() throws Exception {
        driver.createApp(new EngineApp("a1", Map.of("A", "1", "B", "2", "C", "3")));
        engine.clearRequests();

        driver.updateApp(new EngineApp("a1", Map.of("A", "1", "B", "2", "C", "3")),
                new EngineApp("a1", Map.of("A", "1", "B", "20", "D", "4")));

        assertThat(engine.apps().get("a1").config())
                .isEqualTo(Map.of("A", "1", "B", "20", "D", "4"));
        assertThat(engine.requests()).hasSize(1);
        JsonNode sent = JSON.readTree(engine.requests().get(0).body());
        assertThat(sent.path("app").path("config").toString())
                .isEqualTo("{\"B\":\"20\",\"C\":\"\",\"D\":\"4\"}");
        assertThat(sent.path("app").has("name")).isFalse();
    }

    @Test
    void updateAppWithoutChangeMakesNoEngineCall() {
        driver.createApp(new EngineApp("a1", Map.of("A", "1")));
        engine.clearRequests();

        driver.updateApp(new EngineApp("a1", Map.of("A", "1")), new EngineApp("a1", Map.of("A",
                "1")));

        assertThat(engine.calls()).isZero();
    }

    @Test
    void updateOfAnAppTheEngineLostIsNotFound() {
        EngineException e = engineFailure(ErrorKind.NOT_FOUND, () -> driver.updateApp(
                app("gone"), new EngineApp("gone", Map.of("A", "1"))));

        assertThat(e.getMessage()).isEqualTo("The app does not exist on the functions engine");
        assertThat(e.operatorDetail()).contains("App not found");
    }

    @Test
    void deleteAppRemovesIt() {
        driver.createApp(app("a1"));

        driver.deleteApp("a1");

        assertThat(engine.apps()).isEmpty();
    }

    @Test
    void deletingAMissingAppSucceedsOnBoltAfterCheckingThatItIsGone() {
        // bolt answers 500 "bucket not found" for an app it does not have.
        driver.deleteApp("never-was");

        assertThat(engine.calls("DELETE", "/v1/apps/never-was")).isEqualTo(1);
        assertThat(engine.calls("GET", "/v1/apps/never-was")).isEqualTo(1);
    }

    @Test
    void deletingAMissingAppSucceedsOnSqlStores() throws Exception {
        FakeIronFunctions sql = track(FakeIronFunctions.start(FakeIronFunctions.Datastore.SQL));
        IronFunctionsDriver sqlDriver = driverFor(sql.url(), f -> { });

        sqlDriver.deleteApp("never-was");

        assertThat(sql.calls("DELETE", "/v1/apps/never-was")).isEqualTo(1);
        assertThat(sql.calls("GET", "/")).isZero();
    }

    @Test
    void aDeleteThatFailsWhileTheAppStillExistsIsAnEngineFailure() {
        driver.createApp(app("a1"));
        engine.failNext("DELETE", "/v1/apps/a1", 500,
                "{\"error\":{\"message\":\"Could not remove app: disk full\"}}");

        EngineException e = engineFailure(ErrorKind.ENGINE_FAILURE, () -> driver.deleteApp("a1"));

        assertThat(e.getMessage()).isEqualTo("The functions engine failed to delete the app");
        assertThat(e.operatorDetail()).contains("disk full");
        assertThat(engine.apps()).containsKey("a1");
    }

    @Test
    void deletingAnAppThatStillHasRoutesOnTheEngineIsAnEngineFailure() {
        engine.putRoute(FakeRoute.of("a1", "/hello", "echo"));

        EngineException e = engineFailure(ErrorKind.ENGINE_FAILURE, () -> driver.deleteApp("a1"));

        assertThat(e.operatorDetail()).contains("400", "Cannot remove apps with routes");
    }

    @Test
    void aBareNotFoundIsAWrongUrlNotAMissingApp() {
        // gin's answer for an unknown path must not pass for "already deleted".
        engine.failNext("DELETE", "/v1/apps/a1", 404, "\"Not Found\"");

        EngineException e = engineFailure(ErrorKind.ENGINE_FAILURE, () -> driver.deleteApp("a1"));

        assertThat(e.operatorDetail()).contains("404", "Not Found");
    }

    @Test
    void listAppsReturnsEveryAppWithItsConfig() {
        engine.putApp("b2", null);
        driver.createApp(new EngineApp("a1", Map.of("K", "v")));

        assertThat(driver.listApps()).containsExactly(new EngineApp("a1", Map.of("K", "v")),
                new EngineApp("b2", Map.of()));
    }
}
