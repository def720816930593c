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

import static io.laos.common.validation.AppRequestsTest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.laos.common.error.LaosException;
import io.laos.common.model.RouteFormat;
import io.laos.common.model.RouteSettings;
import io.laos.common.model.RouteType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RouteRequestsTest {

    @Test
    void appliesIronFunctionsDefaults() throws Exception {
        RouteRequests.Create c = RouteRequests.parseCreate(
                json("{'route': {'path': 'hello/', 'image': 'iron/hello'}}"));

        assertThat(c.path()).isEqualTo("/hello");
        assertThat(c.settings()).isEqualTo(RouteRequests.defaults("iron/hello"));
        assertThat(c.settings().memory()).isEqualTo(128);
        assertThat(c.settings().timeout()).isEqualTo(30);
        assertThat(c.settings().idleTimeout()).isEqualTo(30);
        assertThat(c.settings().maxConcurrency()).isEqualTo(1);
        assertThat(c.settings().type()).isEqualTo(RouteType.SYNC);
        assertThat(c.settings().format()).isEqualTo(RouteFormat.DEFAULT);
        assertThat(c.settings().isPublic()).isFalse();
    }

    @Test
    void readsEveryField() throws Exception {
        RouteSettings s = RouteRequests.parseCreate(json("{'route': {'path': '/a/b', 'image':"
                + " 'r.io/x/y:1', 'type': 'async', 'format': 'http', 'memory': 256, 'timeout': 60,"
                + " 'idle_timeout': 5, 'max_concurrency': 4, 'headers': {'X-A': ['1', '2'],"
                + " 'X-B': 'one'}, 'config': {'K': 'v'}, 'is_public': 'true'}}")).settings();

        assertThat(s).isEqualTo(new RouteSettings("r.io/x/y:1", RouteType.ASYNC,
                RouteFormat.HTTP, 256, 60, 5, 4,
                Map.of("X-A", List.of("1", "2"), "X-B", List.of("one")), Map.of("K", "v"),
                true));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{'path': '/a'}|image",
        "{'image': 'x'}|path",
        "{'path': '/a/../b', 'image': 'x'}|path",
        "{'path': '/:id', 'image': 'x'}|path",
        "{'path': '/a', 'image': 'x', 'type': 'SYNC'}|type",
        "{'path': '/a', 'image': 'x', 'format': 'json'}|format",
        "{'path': '/a', 'image': 'x', 'memory': -1}|memory",
        "{'path': '/a', 'image': 'x', 'memory': 1.5}|memory",
        "{'path': '/a', 'image': 'x', 'memory': '128'}|memory",
        "{'path': '/a', 'image': 'x', 'timeout': 3601}|timeout",
        "{'path': '/a', 'image': 'x', 'max_concurrency': -2}|max_concurrency",
        "{'path': '/a', 'image': 'x', 'is_public': 'yes'}|is_public",
        "{'path': '/a', 'image': 'x', 'headers': {'X': []}}|headers",
        "{'path': '/a', 'image': 'x', 'headers': {'Bad Name': ['v']}}|headers",
        "{'path': '/a', 'image': 'x y'}|image",
        "{'path': '/a', 'image': 'x', 'jwt_key': 'k'}|jwt_key",
    })
    void refusesBadInputNamingTheField(String route, String field) {
        assertThatThrownBy(() -> RouteRequests.parseCreate(json(route)))
                .isInstanceOfSatisfying(LaosException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.field()).isEqualTo(field);
                });
    }

    @Test
    void updatesLeaveAbsentFieldsResetNullsMergeConfigAndReplaceHeaders() throws Exception {
        RouteSettings current = new RouteSettings("img", RouteType.ASYNC, RouteFormat.HTTP, 512,
                90, 7, 3, Map.of("X-Old", List.of("1")), Map.of("A", "1", "B", "2"), true);

        RouteSettings after = RouteRequests.parseUpdate(json("{'route': {'memory': null,"
                + " 'timeout': 0, 'config': {'A': '', 'C': '3'}, 'headers': {'X-New': ['n']},"
                + " 'path': '/same'}}"), "/same", current);

        assertThat(after).isEqualTo(new RouteSettings("img", RouteType.ASYNC, RouteFormat.HTTP,
                128, 30, 7, 3, Map.of("X-New", List.of("n")), Map.of("B", "2", "C", "3"), true));
    }

    @Test
    void updatesRefuseChangingThePathOrRemovingTheImage() {
        RouteSettings current = RouteRequests.defaults("img");
        assertThatThrownBy(() -> RouteRequests.parseUpdate(json("{'path': '/other'}"), "/same",
                current)).isInstanceOfSatisfying(LaosException.class,
                        e -> assertThat(e.field()).isEqualTo("path"));
        assertThatThrownBy(() -> RouteRequests.parseUpdate(json("{'image': null}"), "/same",
                current)).isInstanceOfSatisfying(LaosException.class,
                        e -> assertThat(e.field()).isEqualTo("image"));
    }
}
