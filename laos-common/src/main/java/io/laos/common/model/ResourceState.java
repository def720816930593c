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
package io.laos.common.model;

/**
 * Where an app or route stands in a write that spans the database and the engine. Rows are
 * inserted as {@code CREATING} before the engine call and become {@code ACTIVE} after it; a
 * delete marks them {@code DELETING} first. Only ACTIVE rows are visible to tenants; anything
 * else found later is a crash leftover that {@code reconcile} finishes or rolls back.
 */
public enum ResourceState {
    CREATING, ACTIVE, DELETING;

    public String dbValue() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ResourceState fromDb(String value) {
        return valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }
}
