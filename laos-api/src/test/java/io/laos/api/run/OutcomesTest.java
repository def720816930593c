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

import static org.assertj.core.api.Assertions.assertThat;

import io.laos.common.error.EngineException;
import io.laos.common.model.CallOutcome;
import io.laos.common.model.CallStatus;
import org.junit.jupiter.api.Test;

class OutcomesTest {

    @Test
    void answersBelow500AreSuccesses504IsATimeoutOther5xxErrors() {
        assertThat(Outcomes.answered(200, null)).isEqualTo(
                new CallOutcome(CallStatus.SUCCESS, 200, null));
        assertThat(Outcomes.answered(404, null).status()).isEqualTo(CallStatus.SUCCESS);
        assertThat(Outcomes.answered(504, null)).isEqualTo(
                new CallOutcome(CallStatus.TIMEOUT, 504, "Timed out"));
        assertThat(Outcomes.answered(500, "exit code 2")).isEqualTo(
                new CallOutcome(CallStatus.ERROR, 500, "exit code 2"));
        assertThat(Outcomes.answered(502, null).error()).contains("502");
    }

    @Test
    void engineFailuresKeepLaossStatusAndMessage() {
        assertThat(Outcomes.failed(EngineException.timeout("d", null)).status())
                .isEqualTo(CallStatus.TIMEOUT);
        CallOutcome down = Outcomes.failed(EngineException.unreachable("secret-detail", null));
        assertThat(down.status()).isEqualTo(CallStatus.ERROR);
        assertThat(down.httpStatus()).isEqualTo(503);
        assertThat(down.error()).doesNotContain("secret-detail");
    }

    @Test
    void longErrorsAreCutToTheColumn() {
        assertThat(Outcomes.answered(500, "x".repeat(5000)).error())
                .hasSize(CallOutcome.ERROR_MAX).endsWith("...");
    }
}
