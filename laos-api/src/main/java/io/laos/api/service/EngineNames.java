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
package io.laos.api.service;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Engine-side app names: generated, never derived by truncating {@code name + project_id} (the
 * 2016 LaOS bug that let two projects collide). A readable prefix of the app name helps
 * operators; the random suffix (12 base-36 characters, about 62 bits) makes names unique across
 * projects, and the database's unique key catches the astronomically rare repeat.
 * The result always fits IronFunctions: 1-30 characters of {@code [a-z0-9_-]}.
 */
public final class EngineNames {
    static final int PREFIX_MAX = 16;
    static final int SUFFIX_LENGTH = 12;
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private EngineNames() {
    }

    public static String generate(String appName) {
        String prefix = appName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "-");
        if (prefix.length() > PREFIX_MAX) {
            prefix = prefix.substring(0, PREFIX_MAX);
        }
        StringBuilder name = new StringBuilder(prefix).append('-');
        for (int i = 0; i < SUFFIX_LENGTH; i++) {
            name.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return name.toString();
    }
}
