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
package io.laos.common.validation;

/**
 * LaOS's bounds on tenant input. IronFunctions accepts any non-negative number for the route
 * numbers; LaOS caps them so that a value always fits the engine's types and means something
 * (documented in the README, "Routes").
 */
public final class Limits {
    public static final int NAME_MAX = 64;
    public static final int PROJECT_ID_MAX = 64;
    public static final int DESCRIPTION_MAX = 1024;
    public static final int CONFIG_MAX_KEYS = 100;
    public static final int CONFIG_KEY_MAX = 128;
    public static final int CONFIG_VALUE_MAX = 16384;
    public static final int PATH_MAX = 255;
    public static final int IMAGE_MAX = 255;
    public static final int HEADERS_MAX = 50;
    public static final int HEADER_VALUE_MAX = 4096;

    public static final long MEMORY_DEFAULT = 128;
    public static final long MEMORY_MAX = 65536;
    public static final int TIMEOUT_DEFAULT = 30;
    public static final int TIMEOUT_MAX = 3600;
    public static final int IDLE_TIMEOUT_DEFAULT = 30;
    public static final int IDLE_TIMEOUT_MAX = 3600;
    public static final int MAX_CONCURRENCY_DEFAULT = 1;
    public static final int MAX_CONCURRENCY_MAX = 1000;

    private Limits() {
    }
}
