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

/** What the driver was doing when the engine failed: names the failure in client messages. */
enum Operation {
    CREATE_APP("create the app", "app"),
    UPDATE_APP("update the app", "app"),
    DELETE_APP("delete the app", "app"),
    LIST_APPS("list its apps", "app"),
    CREATE_ROUTE("create the route", "route"),
    UPDATE_ROUTE("update the route", "route"),
    DELETE_ROUTE("delete the route", "route"),
    LIST_ROUTES("list the app's routes", "app"),
    RUN("run the function", "route"),
    HEALTH("answer its health check", "engine");

    private final String verb;
    private final String object;

    Operation(String verb, String object) {
        this.verb = verb;
        this.object = object;
    }

    /** Client-safe: says what failed, never what the engine said. */
    String failureMessage() {
        return "The functions engine failed to " + verb;
    }

    /** Client-safe: the engine lost an object LaOS has (drift, repaired by reconcile). */
    String notFoundMessage() {
        return "The " + object + " does not exist on the functions engine";
    }
}
