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
package io.laos.api.metrics;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import io.laos.common.driver.EngineApp;
import io.laos.common.driver.EngineRoute;
import io.laos.common.driver.FunctionsDriver;
import io.laos.common.driver.InvocationRequest;
import io.laos.common.driver.InvocationResult;
import io.laos.common.error.LaosException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Wraps any driver with engine-call metrics: a timer per operation,
 * {@code laos.engine.<operation>} ({@code create_app}, {@code update_app}, {@code delete_app},
 * {@code create_route}, {@code update_route}, {@code delete_route}, {@code list_apps},
 * {@code list_routes}, {@code invoke}, {@code health}), and a meter per failure kind, both per
 * operation ({@code laos.engine.<operation>.errors.<kind>}) and overall
 * ({@code laos.engine.errors.<kind>}), the kind being the {@link io.laos.common.error.ErrorKind}
 * in lower case ({@code unavailable}, {@code engine_timeout}, {@code engine_failure}, ...).
 * {@code invoke} is timed until the engine answers with headers; a function's own failure is a
 * result, not an error. {@code validateRoute} is local and not timed.
 */
public class MeteredDriver implements FunctionsDriver {
    public static final String PREFIX = "laos.engine";
    static final List<String> OPERATIONS = List.of("create_app", "update_app", "delete_app",
            "create_route", "update_route", "delete_route", "list_apps", "list_routes",
            "invoke", "health");

    private final FunctionsDriver delegate;
    private final MetricRegistry registry;
    /** Looked up once: invoke is on every run, and a name lookup per call is needless work. */
    private final Map<String, Timer> timers = new HashMap<>();

    public MeteredDriver(FunctionsDriver delegate, MetricRegistry registry) {
        this.delegate = delegate;
        this.registry = registry;
        // Registered up front, so that dashboards see every operation from the start.
        OPERATIONS.forEach(op -> timers.put(op,
                HotPathTimers.timer(registry, MetricRegistry.name(PREFIX, op))));
    }

    public FunctionsDriver delegate() {
        return delegate;
    }

    @Override
    public void validateRoute(EngineRoute route) {
        delegate.validateRoute(route);
    }

    @Override
    public void createApp(EngineApp app) {
        run("create_app", () -> delegate.createApp(app));
    }

    @Override
    public void updateApp(EngineApp before, EngineApp after) {
        run("update_app", () -> delegate.updateApp(before, after));
    }

    @Override
    public void deleteApp(String engineAppName) {
        run("delete_app", () -> delegate.deleteApp(engineAppName));
    }

    @Override
    public void createRoute(String engineAppName, EngineRoute route) {
        run("create_route", () -> delegate.createRoute(engineAppName, route));
    }

    @Override
    public void updateRoute(String engineAppName, EngineRoute before, EngineRoute after) {
        run("update_route", () -> delegate.updateRoute(engineAppName, before, after));
    }

    @Override
    public void deleteRoute(String engineAppName, String path) {
        run("delete_route", () -> delegate.deleteRoute(engineAppName, path));
    }

    @Override
    public List<EngineApp> listApps() {
        return call("list_apps", delegate::listApps);
    }

    @Override
    public List<EngineRoute> listRoutes(String engineAppName) {
        return call("list_routes", () -> delegate.listRoutes(engineAppName));
    }

    @Override
    public InvocationResult invoke(InvocationRequest request) {
        return call("invoke", () -> delegate.invoke(request));
    }

    @Override
    public void checkHealth() {
        run("health", delegate::checkHealth);
    }

    @Override
    public void close() {
        delegate.close();
    }

    @Override
    public String toString() {
        return delegate.toString();
    }

    private void run(String operation, Runnable work) {
        call(operation, () -> {
            work.run();
            return null;
        });
    }

    private <T> T call(String operation, Supplier<T> work) {
        try (Timer.Context ignored = timers.get(operation).time()) {
            return work.get();
        } catch (LaosException e) {
            String kind = e.kind().name().toLowerCase(Locale.ROOT);
            registry.meter(MetricRegistry.name(PREFIX, operation, "errors", kind)).mark();
            registry.meter(MetricRegistry.name(PREFIX, "errors", kind)).mark();
            throw e;
        }
    }
}
