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

import io.laos.api.auth.LaosPrincipal;
import io.laos.api.policy.PolicyEnforcer;
import io.laos.api.policy.PolicyRules;
import io.laos.common.error.ErrorKind;
import io.laos.common.error.LaosException;
import io.laos.common.model.RouteType;
import io.laos.common.model.RunTarget;
import io.laos.common.validation.RoutePaths;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The run path: finds the route a path names, checks that the caller may run it, and runs it
 * sync (the function's answer, streamed) or async (a call id at once): async when the route's
 * type says so, or when the caller asks for it with {@code Prefer: respond-async}.
 */
public class RunService {
    private final RunTargets targets;
    private final PolicyEnforcer policy;
    private final SyncRunner sync;
    private final AsyncRunner async;
    private final Clock clock;

    RunService(RunTargets targets, PolicyEnforcer policy, SyncRunner sync, AsyncRunner async,
               Clock clock) {
        this.targets = targets;
        this.policy = policy;
        this.sync = sync;
        this.async = async;
        this.clock = clock;
    }

    /**
     * Runs the route at {@code rawPath} of an app. A private route, and a route that does not
     * exist, answer 401 without a caller and 403 when policy refuses the caller; only those who
     * may run the project's routes learn that a route does not exist (404).
     */
    public RunResult run(Optional<LaosPrincipal> caller, String projectId, String appName,
                         String rawPath, RunRequest request) {
        Instant createdAt = clock.instant();
        Optional<RunTargets.Resolved> resolved = find(projectId, appName, rawPath);
        if (resolved.isEmpty() || !resolved.get().target().route().isPublic()) {
            // Before the 404: otherwise anyone could probe which private routes a project has.
            authorise(caller, projectId);
        }
        return dispatch(resolved.orElseThrow(() -> notFound(appName, rawPath)), request,
                createdAt);
    }

    /** What a run path names, if anything (a path that could never be stored names nothing). */
    Optional<RunTargets.Resolved> find(String projectId, String appName, String rawPath) {
        String path;
        try {
            path = RoutePaths.normalise("route", rawPath);
        } catch (LaosException e) {
            return Optional.empty();
        }
        return targets.find(projectId, appName, path);
    }

    /** Runs a public route (the caller does not matter). */
    RunResult runPublic(RunTargets.Resolved resolved, RunRequest request) {
        if (!resolved.target().route().isPublic()) {
            throw new IllegalArgumentException("not a public route");
        }
        return dispatch(resolved, request, clock.instant());
    }

    private RunResult dispatch(RunTargets.Resolved resolved, RunRequest request,
                               Instant createdAt) {
        RunTarget target = resolved.target();
        boolean asked = request.prefersAsync();
        if (target.route().type() == RouteType.ASYNC || asked) {
            return new RunResult.Accepted(async.submit(target, request, createdAt), asked);
        }
        return sync.run(resolved, request, createdAt);
    }

    private void authorise(Optional<LaosPrincipal> caller, String projectId) {
        LaosPrincipal who = caller.orElseThrow(() -> new LaosException(ErrorKind.UNAUTHORIZED,
                "This route is private (or does not exist): running it needs a token of its"
                        + " project (X-Auth-Token)"));
        policy.enforce(PolicyRules.ROUTES_RUN, who, projectId);
    }

    private static LaosException notFound(String appName, String rawPath) {
        String path = rawPath.startsWith("/") ? rawPath : "/" + rawPath;
        return LaosException.notFound("No route '" + path + "' in an app '" + appName
                + "' of this project");
    }
}
