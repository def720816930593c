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

import org.junit.jupiter.api.Test;

class RunPathTest {

    @Test
    void splitsAndDecodesRunUrls() {
        assertThat(RunPath.parse("/r/p1/app/a/b")).isEqualTo(new RunPath("p1", "app", "a/b"));
        assertThat(RunPath.parse("/v1/r/p1/app/x/")).isEqualTo(new RunPath("p1", "app", "x/"));
        assertThat(RunPath.parse("/r/p%31/a%2Bb/h%C3%A9+llo"))
                .isEqualTo(new RunPath("p1", "a+b", "hé+llo"));
    }

    @Test
    void refusesWhatItCannotName() {
        for (String path : new String[] {"/r/p1/app", "/r/p1/app/", "/r//app/x", "/r/p1//x",
                "/x/p1/app/x", "/v1/p1/apps/x", "/r/p1/app/%zz", "/r/p1/app/%C3", "/r/p1/a;b/x",
                "/r/p1/app/x%"}) {
            assertThat(RunPath.parse(path)).as(path).isNull();
        }
    }
}
