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
package io.laos.db.dao;

import io.laos.common.model.App;
import io.laos.common.model.Call;
import io.laos.common.model.CallOutcome;
import io.laos.common.model.CallStatus;
import io.laos.common.model.ResourceState;
import io.laos.common.model.Route;
import io.laos.common.model.RouteFormat;
import io.laos.common.model.RouteType;
import io.laos.common.model.RunTarget;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Call records built for DAO tests, with times the test controls. */
final class CallFixtures {
    static final Instant T0 = Instant.ofEpochMilli(1_780_000_000_000L);

    private CallFixtures() {
    }

    static RunTarget target(String project, String app, String path, long memory) {
        String appId = UUID.randomUUID().toString();
        App a = new App(appId, project, app, "", Map.of(), "e", ResourceState.ACTIVE, T0, T0);
        Route r = new Route(UUID.randomUUID().toString(), appId, project, app, path, "img",
                RouteType.SYNC, RouteFormat.DEFAULT, memory, 30, 30, 1, Map.of(), Map.of(),
                false, ResourceState.ACTIVE, T0, T0);
        return new RunTarget(a, r);
    }

    /** A finished sync call created at T0 + {@code at} ms that ran for {@code ms}. */
    static Call finished(RunTarget t, long at, long ms, CallStatus status) {
        Instant created = T0.plusMillis(at);
        int http = status == CallStatus.SUCCESS ? 200 : status == CallStatus.TIMEOUT ? 504 : 500;
        return Call.finished(UUID.randomUUID().toString(), t, RouteType.SYNC, created, created,
                created.plusMillis(ms), new CallOutcome(status, http,
                        status == CallStatus.SUCCESS ? null : "failed"));
    }

    static Call queued(RunTarget t, long at) {
        return Call.queued(UUID.randomUUID().toString(), t, T0.plusMillis(at));
    }

    static void insert(CallDao dao, Call... calls) {
        dao.insertFinished(List.of(calls), List.of());
    }
}
