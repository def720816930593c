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
package io.laos.common.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.laos.common.error.LaosException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NamesTest {
    @ParameterizedTest
    @ValueSource(strings = {"p", "R", "rr", "r-1", "0123456789abcdef0123456789abcdef",
        "pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp"})
    void acceptsProjectIds(String projectId) {
        assertThat(Names.requireProjectId(projectId)).isEqualTo(projectId);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "r",
        "ppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp"})
    void refusesProjectIdsNamingTheField(String projectId) {
        assertThatThrownBy(() -> Names.requireProjectId(projectId))
                .isInstanceOfSatisfying(LaosException.class,
                        e -> assertThat(e.field()).isEqualTo("project_id"));
    }

    @Test
    void saysWhyRIsRefused() {
        assertThatThrownBy(() -> Names.requireProjectId("r")).hasMessageContaining("run path");
    }
}
