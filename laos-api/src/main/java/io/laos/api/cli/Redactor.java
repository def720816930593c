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
package io.laos.api.cli;

import io.laos.api.LaosConfiguration;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Masks the config's secrets in everything a command prints. Commands never print config
 * values on purpose; this catches the ones that ride along in exception messages (a JDBC URL
 * with a password parameter, a driver echoing its settings). Secrets are the database
 * password and every string field named like a password, secret, key or token in the
 * {@code auth} and {@code driver} sections, found by reflection so that a new auth or driver
 * type is covered without a change here.
 */
public final class Redactor {
    static final String MASK = "******";
    private static final Pattern SECRET_FIELD = Pattern.compile(
            ".*(password|secret|key|token).*", Pattern.CASE_INSENSITIVE);
    private static final Pattern URL_PASSWORD = Pattern.compile(
            "(?i)((?:password|passwd|pwd)=)[^&;\\s]+");
    private static final int MAX_DEPTH = 4;

    private final List<String> secrets;

    private Redactor(Set<String> secrets) {
        // Longest first, so that a secret containing another is masked whole.
        this.secrets = secrets.stream().filter(s -> s != null && !s.isBlank())
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** Masks URL password parameters only (before a config is known). */
    public static Redactor none() {
        return new Redactor(Set.of());
    }

    public static Redactor of(LaosConfiguration config) {
        if (config == null) {
            return none();
        }
        Set<String> secrets = new LinkedHashSet<>();
        secrets.add(config.getDatabase().getPassword());
        config.getDatabase().getProperties().forEach((k, v) -> {
            if (SECRET_FIELD.matcher(k).matches()) {
                secrets.add(v);
            }
        });
        collect(config.getAuth(), secrets, 0);
        collect(config.getDriver(), secrets, 0);
        return new Redactor(secrets);
    }

    public String clean(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String secret : secrets) {
            out = out.replace(secret, MASK);
        }
        return URL_PASSWORD.matcher(out).replaceAll("$1" + MASK);
    }

    private static void collect(Object node, Set<String> secrets, int depth) {
        if (node == null || depth > MAX_DEPTH) {
            return;
        }
        for (Class<?> c = node.getClass(); c != null && c != Object.class;
             c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
                    continue;
                }
                Object value = read(field, node);
                if (value instanceof String s) {
                    if (SECRET_FIELD.matcher(field.getName()).matches()) {
                        secrets.add(s);
                    }
                } else if (value != null && isConfigType(value.getClass())) {
                    collect(value, secrets, depth + 1);
                }
            }
        }
    }

    /** LaOS's own config sections (nested auth users, driver settings), not library types. */
    private static boolean isConfigType(Class<?> type) {
        return type.getName().toLowerCase(Locale.ROOT).startsWith("io.laos.");
    }

    private static Object read(Field field, Object node) {
        try {
            field.setAccessible(true);
            return field.get(node);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // not readable: nothing to mask from it
        }
    }
}
