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
package io.laos.api.driver.ironfunctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dropwizard.core.setup.Environment;
import io.laos.api.testing.FakeIronFunctions;
import io.laos.common.driver.EngineApp;
import io.laos.common.driver.EngineRoute;
import io.laos.common.error.EngineException;
import io.laos.common.error.ErrorKind;
import io.laos.common.model.RouteFormat;
import io.laos.common.model.RouteType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.eclipse.jetty.util.component.LifeCycle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Starts a fake IronFunctions (bolt behaviour) and a driver built the production way, by the
 * factory with a Dropwizard {@link Environment} whose managed HTTP pool is started and stopped.
 */
abstract class IronFunctionsTestSupport {
    protected FakeIronFunctions engine;
    protected IronFunctionsDriver driver;
    private final List<AutoCloseable> cleanup = new ArrayList<>();

    @BeforeEach
    void startEngineAndDriver() throws Exception {
        engine = track(FakeIronFunctions.start());
        driver = driverFor(engine.url(), factory -> { });
    }

    @AfterEach
    void stopEverything() throws Exception {
        for (int i = cleanup.size() - 1; i >= 0; i--) {
            cleanup.get(i).close();
        }
    }

    protected <T extends AutoCloseable> T track(T closeable) {
        cleanup.add(closeable);
        return closeable;
    }

    /** A driver for {@code url}; {@code settings} may change the factory before the build. */
    protected IronFunctionsDriver driverFor(String url,
                                            Consumer<IronFunctionsDriverFactory> settings)
            throws Exception {
        IronFunctionsDriverFactory factory = new IronFunctionsDriverFactory();
        factory.setUrl(url);
        settings.accept(factory);
        Environment environment = new Environment("laos-test");
        IronFunctionsDriver built = (IronFunctionsDriver) factory.build(environment);
        List<LifeCycle> managed = environment.lifecycle().getManagedObjects();
        for (LifeCycle lifeCycle : managed) {
            lifeCycle.start();
        }
        track(() -> {
            built.close();
            for (LifeCycle lifeCycle : managed) {
                lifeCycle.stop();
            }
        });
        return built;
    }

    static EngineRoute route(String path, String image) {
        return new EngineRoute(path, image, RouteType.SYNC, RouteFormat.DEFAULT, 128, 30, 30, 1,
                Map.of(), Map.of());
    }

    static EngineRoute route(String path, String image, int timeout,
                             Map<String, List<String>> headers) {
        return new EngineRoute(path, image, RouteType.SYNC, RouteFormat.DEFAULT, 128, timeout, 30,
                1, headers, Map.of());
    }

    static EngineApp app(String name) {
        return new EngineApp(name, Map.of());
    }

    /** Runs {@code call}, asserts it threw an EngineException of this kind, and returns it. */
    static EngineException engineFailure(ErrorKind kind, ThrowingCallable call) {
        EngineException e = catchThrowableOfType(EngineException.class, call);
        assertThat(e).as("an EngineException").isNotNull();
        assertThat(e.kind()).isEqualTo(kind);
        assertThat(e.status()).isEqualTo(kind.status());
        return e;
    }
}
