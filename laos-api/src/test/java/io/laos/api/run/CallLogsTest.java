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

import io.laos.common.model.CallLog;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CallLogsTest {

    @Test
    void keepsShortLogsWholeAndMarksCutOnes() {
        assertThat(CallLogs.bounded("c", null, 10)).isNull();
        assertThat(CallLogs.bounded("c", "short", 10)).isEqualTo(new CallLog("c", "short", false));
        assertThat(CallLogs.bounded("c", "0123456789", 10))
                .isEqualTo(new CallLog("c", "0123456789", false));
        assertThat(CallLogs.bounded("c", "0123456789a", 10))
                .isEqualTo(new CallLog("c", "0123456789", true));
    }

    @Test
    void cutsOnACharacterNeverInsideOne() {
        // "é" is two bytes and "😀" four: a cut inside either drops the whole character.
        CallLog cut = CallLogs.bounded("c", "abcé😀xyz", 4);
        assertThat(cut.text()).isEqualTo("abc");
        assertThat(cut.truncated()).isTrue();
        CallLog emoji = CallLogs.bounded("c", "abcé😀xyz", 8);
        assertThat(emoji.text()).isEqualTo("abcé");
        assertThat(CallLogs.bounded("c", "abcé😀xyz", 9).text()).isEqualTo("abcé😀");
        assertThat(emoji.text().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(8);
    }
}
