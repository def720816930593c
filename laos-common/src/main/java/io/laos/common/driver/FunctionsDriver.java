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
package io.laos.common.driver;

import io.laos.common.error.EngineException;
import java.util.List;

/**
 * The functions engine behind LaOS. Implementations (IronFunctions over HTTP, the embedded local
 * engine, a no-op twin for tests) are chosen in the config by {@code driver.type}.
 *
 * <p>Contract for every method: engine failures are thrown as {@link EngineException} already
 * translated (unreachable 503, bad answer 502, timeout 504); transport or engine-library
 * exceptions never escape. Deletes are idempotent: deleting what the engine does not have
 * succeeds. Drivers never touch the database.
 */
public interface FunctionsDriver extends AutoCloseable {

    /**
     * Checks that the engine can hold this route before LaOS writes anything (for example that
     * the local engine lists its image); throws a 400 {@link io.laos.common.error.LaosException}
     * naming the field otherwise. Drivers that accept every valid route keep the default.
     */
    default void validateRoute(EngineRoute route) {
    }

    /** Creates an app on the engine. */
    void createApp(EngineApp app);

    /** Makes the engine's app config equal to {@code after.config()}. */
    void updateApp(EngineApp before, EngineApp after);

    /** Deletes an app (it has no routes left on the engine); missing is success. */
    void deleteApp(String engineAppName);

    void createRoute(String engineAppName, EngineRoute route);

    /** Makes the engine's route equal to {@code after} (same path as {@code before}). */
    void updateRoute(String engineAppName, EngineRoute before, EngineRoute after);

    /** Deletes a route; missing is success. */
    void deleteRoute(String engineAppName, String path);

    /** Lists the engine's apps (for reconcile). */
    List<EngineApp> listApps();

    /** Lists an app's routes on the engine (for reconcile); an unknown app has none. */
    List<EngineRoute> listRoutes(String engineAppName);

    /**
     * Runs a function synchronously and returns its answer with the body still streaming. A
     * function that fails or times out is a result with the engine's status (500, 504, ...),
     * not an exception; exceptions mean the engine itself could not be used.
     */
    InvocationResult invoke(InvocationRequest request);

    /** Checks that the engine answers; throws {@link EngineException} when it does not. */
    void checkHealth();

    @Override
    default void close() {
    }
}
