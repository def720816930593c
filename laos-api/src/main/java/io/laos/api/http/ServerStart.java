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
package io.laos.api.http;

import io.dropwizard.core.setup.Environment;
import java.util.function.Consumer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * Changes to Jetty's server itself (its error handler, its request log): Dropwizard builds the
 * server, and sets its own of those, after {@code Application.run}, so they are made as the
 * server starts.
 */
public final class ServerStart {
    private ServerStart() {
    }

    /** Applies {@code change} to the server as it starts. */
    public static void onStarting(Environment env, Consumer<Server> change) {
        env.lifecycle().addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStarting(LifeCycle event) {
                if (event instanceof Server server) {
                    change.accept(server);
                }
            }
        });
    }
}
