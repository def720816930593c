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
package io.laos.api.policy;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code %(key)s} substitution of oslo.policy (Python's {@code "..." % target}): each
 * placeholder is replaced by the target's value for that key, written the way Python's
 * {@code str()} would write it. The key is looked up as a whole, dots included, as Python does.
 */
final class Substitution {
    private static final Pattern PLACEHOLDER = Pattern.compile("%\\(([^)]*)\\)s");

    private Substitution() {
    }

    /** Whether every {@code %} in the text starts a well-formed {@code %(key)s} placeholder. */
    static boolean isWellFormed(String text) {
        return PLACEHOLDER.matcher(text).replaceAll("").indexOf('%') < 0;
    }

    /** The substituted text, or empty when the target lacks a key (oslo.policy then denies). */
    static Optional<String> apply(String text, Map<String, Object> target) {
        if (text.indexOf('%') < 0) {
            return Optional.of(text);
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            if (!target.containsKey(key)) {
                return Optional.empty();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(pythonString(target.get(key))));
        }
        m.appendTail(out);
        return Optional.of(out.toString());
    }

    /** Python's {@code str()} of a target or credential value: True, False, None, text. */
    static String pythonString(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        return value.toString();
    }
}
