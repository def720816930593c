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
package io.laos.api.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * An app as the fake IronFunctions stores it.
 *
 * @param config null when the app was created without config (the server keeps the null and
 *               answers {@code "config": null}, API.md 3.1)
 */
public record FakeApp(String name, Map<String, String> config) {

    public FakeApp {
        config = config == null ? null : Collections.unmodifiableMap(new TreeMap<>(config));
    }

    ObjectNode toJson() {
        ObjectNode node = FakeHttp.JSON.createObjectNode();
        node.put("name", name);
        node.set("config", FakeHttp.JSON.valueToTree(config));
        return node;
    }
}
