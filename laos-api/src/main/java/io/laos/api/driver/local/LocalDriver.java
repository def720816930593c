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
package io.laos.api.driver.local;

import io.laos.common.driver.EngineApp;
import io.laos.common.driver.EngineRoute;
import io.laos.common.driver.FunctionsDriver;
import io.laos.common.driver.InvocationRequest;
import io.laos.common.driver.InvocationResult;
import io.laos.common.error.EngineException;
import io.laos.common.error.LaosException;
import io.laos.common.model.RouteFormat;
import java.util.List;

/**
 * {@code driver.type: local}: runs each call as a child process of LaOS, in IronFunctions'
 * default format (body on stdin, answer on stdout, request data and config in environment
 * variables, stderr as the call's log). Only the images the operator lists can run. Built by
 * {@link LocalDriverFactory}; see tools/examples/README.md for what a function sees.
 */
public class LocalDriver implements FunctionsDriver {
    private final LocalCalls calls;
    private final ConcurrencyLimits limits;
    private final LocalCatalog catalog = new LocalCatalog();

    LocalDriver(LocalCalls calls, ConcurrencyLimits limits) {
        this.calls = calls;
        this.limits = limits;
    }

    /** Whether the operator listed this image, so that routes may name it. */
    public boolean knowsImage(String image) {
        return calls.knowsImage(image);
    }

    @Override
    public void validateRoute(EngineRoute route) {
        if (!knowsImage(route.image())) {
            throw LaosException.badRequest("image", "Image '" + route.image() + "' is not"
                    + " available on this LaOS (the operator lists the images the local engine"
                    + " runs)");
        }
        if (route.format() == RouteFormat.HTTP) {
            throw LaosException.badRequest("format", "The local engine runs functions in format"
                    + " 'default' only (one process per call)");
        }
    }

    @Override
    public void createApp(EngineApp app) {
        catalog.putApp(app);
    }

    @Override
    public void updateApp(EngineApp before, EngineApp after) {
        catalog.putApp(after);
    }

    @Override
    public void deleteApp(String engineAppName) {
        catalog.removeApp(engineAppName);
        limits.forgetApp(engineAppName);
    }

    @Override
    public void createRoute(String engineAppName, EngineRoute route) {
        validateRoute(route);
        catalog.putRoute(engineAppName, route);
    }

    @Override
    public void updateRoute(String engineAppName, EngineRoute before, EngineRoute after) {
        validateRoute(after);
        catalog.putRoute(engineAppName, after);
    }

    @Override
    public void deleteRoute(String engineAppName, String path) {
        catalog.removeRoute(engineAppName, path);
        limits.forget(engineAppName, path);
    }

    @Override
    public List<EngineApp> listApps() {
        return catalog.apps();
    }

    @Override
    public List<EngineRoute> listRoutes(String engineAppName) {
        return catalog.routes(engineAppName);
    }

    @Override
    public InvocationResult invoke(InvocationRequest request) {
        return calls.invoke(request);
    }

    /**
     * The engine is LaOS itself, so it is up while LaOS is. Images that cannot run are reported
     * once at start-up instead: a missing script is the operator's to fix, not an outage.
     */
    @Override
    public void checkHealth() {
        if (calls.isClosed()) {
            throw EngineException.unreachable("the local engine is shut down", null);
        }
    }

    /** Kills the functions still running; LaOS calls this on shutdown. */
    @Override
    public void close() {
        calls.close();
    }
}
