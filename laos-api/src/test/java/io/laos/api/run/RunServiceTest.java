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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.laos.api.auth.LaosPrincipal;
import io.laos.api.policy.PolicyEnforcer;
import io.laos.api.policy.PolicyRules;
import io.laos.common.error.ErrorKind;
import io.laos.common.error.LaosException;
import io.laos.common.model.App;
import io.laos.common.model.ResourceState;
import io.laos.common.model.Route;
import io.laos.common.model.RouteFormat;
import io.laos.common.model.RouteType;
import io.laos.common.model.RunTarget;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who may run what: public routes for anyone, private ones as policy says. */
class RunServiceTest {
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final RunRequest REQUEST = new RunRequest("GET", "/r/p1/a/x", null, Map.of(),
            InputStream.nullInputStream(), 0);
    static final RunResult.Answered ANSWER = new RunResult.Answered(200, Map.of(), null);

    final RunTargets targets = mock(RunTargets.class);
    final SyncRunner sync = mock(SyncRunner.class);
    final AsyncRunner async = mock(AsyncRunner.class);
    // The default rule: a caller acts in its own project only.
    final PolicyEnforcer policy = (rule, caller, project) ->
            rule.equals(PolicyRules.ROUTES_RUN) && project.equals(caller.projectId());
    final RunService runs = new RunService(targets, policy, sync, async,
            Clock.fixed(T0, java.time.ZoneOffset.UTC));

    static RunTarget target(boolean isPublic, RouteType type) {
        App app = new App("app-id", "p1", "a", "", Map.of(), "eng", ResourceState.ACTIVE, T0,
                T0);
        Route route = new Route("route-id", "app-id", "p1", "a", "/x", "img", type,
                RouteFormat.DEFAULT, 128, 30, 30, 1, Map.of(), Map.of(), isPublic,
                ResourceState.ACTIVE, T0, T0);
        return new RunTarget(app, route);
    }

    static LaosPrincipal caller(String project) {
        return new LaosPrincipal("u", project, Set.of("member"), null);
    }

    @Test
    void publicRoutesRunWithoutACaller() {
        RunTarget t = target(true, RouteType.SYNC);
        when(targets.find("p1", "a", "/x")).thenReturn(Optional.of(RunTargets.Resolved.of(t)));
        when(sync.run(RunTargets.Resolved.of(t), REQUEST, T0)).thenReturn(ANSWER);

        assertThat(runs.run(Optional.empty(), "p1", "a", "x/", REQUEST)).isSameAs(ANSWER);
    }

    @Test
    void privateRoutesNeedACallerThatPolicyAllows() {
        RunTarget t = target(false, RouteType.SYNC);
        when(targets.find("p1", "a", "/x")).thenReturn(Optional.of(RunTargets.Resolved.of(t)));
        when(sync.run(RunTargets.Resolved.of(t), REQUEST, T0)).thenReturn(ANSWER);

        assertRefusedToOutsiders();
        verify(sync, never()).run(any(), any(), any());

        assertThat(runs.run(Optional.of(caller("p1")), "p1", "a", "x", REQUEST))
                .isSameAs(ANSWER);
    }

    @Test
    void asyncRoutesAnswerACallId() {
        RunTarget t = target(true, RouteType.ASYNC);
        when(targets.find("p1", "a", "/x")).thenReturn(Optional.of(RunTargets.Resolved.of(t)));
        when(async.submit(eq(t), eq(REQUEST), eq(T0))).thenReturn("call-1");

        assertThat(runs.run(Optional.empty(), "p1", "a", "/x", REQUEST))
                .isEqualTo(new RunResult.Accepted("call-1", false));
    }

    @Test
    void aCallerMayAskForAnAsyncRunOfASyncRoute() {
        RunTarget t = target(true, RouteType.SYNC);
        when(targets.find("p1", "a", "/x")).thenReturn(Optional.of(RunTargets.Resolved.of(t)));
        for (String prefer : new String[] {"respond-async", "wait=10, Respond-Async; x=1"}) {
            RunRequest asking = new RunRequest("POST", "/r/p1/a/x", null,
                    Map.of("prefer", List.of(prefer)), InputStream.nullInputStream(), 0);
            when(async.submit(eq(t), eq(asking), eq(T0))).thenReturn("call-2");

            assertThat(runs.run(Optional.empty(), "p1", "a", "/x", asking))
                    .as(prefer).isEqualTo(new RunResult.Accepted("call-2", true));
        }
        RunRequest other = new RunRequest("POST", "/r/p1/a/x", null,
                Map.of("Prefer", List.of("return=minimal, respond-asyncx")),
                InputStream.nullInputStream(), 0);
        when(sync.run(any(), eq(other), eq(T0))).thenReturn(ANSWER);
        assertThat(runs.run(Optional.empty(), "p1", "a", "/x", other)).isSameAs(ANSWER);
    }

    @Test
    void unknownOrUnstorablePathsAre404ToThoseWhoMayRunTheProjectsRoutes() {
        when(targets.find(any(), any(), any())).thenReturn(Optional.empty());
        for (String path : new String[] {"x", "a:b", "%41", "..", " "}) {
            assertThatThrownBy(() -> runs.run(Optional.of(caller("p1")), "p1", "a", path,
                    REQUEST)).as(path).isInstanceOfSatisfying(LaosException.class,
                            e -> assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND));
        }
    }

    @Test
    void unknownRoutesAreRefusedToOthersLikePrivateOnes() {
        when(targets.find(any(), any(), any())).thenReturn(Optional.empty());

        assertRefusedToOutsiders();
    }

    /** Running p1's route "x": no caller is 401, a caller of another project 403. */
    private void assertRefusedToOutsiders() {
        assertThatThrownBy(() -> runs.run(Optional.empty(), "p1", "a", "x", REQUEST))
                .isInstanceOfSatisfying(LaosException.class,
                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.UNAUTHORIZED));
        assertThatThrownBy(() -> runs.run(Optional.of(caller("p2")), "p1", "a", "x", REQUEST))
                .isInstanceOfSatisfying(LaosException.class,
                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN));
    }
}
