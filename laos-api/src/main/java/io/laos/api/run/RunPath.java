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
package io.laos.api.run;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A run URL's parts, {@code /r/{project_id}/{app}/{route...}} or the same under {@code /v1},
 * percent-decoded as Jersey decodes path parameters ("+" stays a "+").
 */
public record RunPath(String projectId, String app, String route) {

    /**
     * Whether a raw path has the shape of a run, {@code [/v1]/r/{project_id}/{app}/{route...}}
     * with three non-empty parts. A prefix is not enough: {@code /v1/r/apps} names the apps of
     * a project {@code r} (which LaOS refuses), not a run.
     */
    public static boolean hasRunShape(String rawPath) {
        return runPart(rawPath) != null;
    }

    /** The parts of a raw request path, or null when it is not a run path LaOS can name. */
    static RunPath parse(String rawPath) {
        String rest = runPart(rawPath);
        if (rest == null) {
            return null;
        }
        int i = rest.indexOf('/');
        int j = rest.indexOf('/', i + 1);
        String project = decode(rest.substring(0, i));
        String app = decode(rest.substring(i + 1, j));
        String route = decode(rest.substring(j + 1));
        return project == null || app == null || route == null ? null
                : new RunPath(project, app, route);
    }

    /** What follows the run prefix, when the path has a run's shape; else null. */
    private static String runPart(String rawPath) {
        String rest = rawPath.startsWith("/r/") ? rawPath.substring(3)
                : rawPath.startsWith("/v1/r/") ? rawPath.substring(6) : null;
        if (rest == null) {
            return null;
        }
        int i = rest.indexOf('/');
        int j = i < 0 ? -1 : rest.indexOf('/', i + 1);
        return i <= 0 || j <= i + 1 || j == rest.length() - 1 ? null : rest;
    }

    /** Percent-decodes UTF-8; null when malformed (or when it holds ";" parameters). */
    static String decode(String raw) {
        if (raw.indexOf(';') >= 0) {
            return null;
        }
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int k = 0; k < raw.length(); k++) {
            char c = raw.charAt(k);
            if (c != '%') {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            if (k + 2 >= raw.length()) {
                return null;
            }
            int hi = Character.digit(raw.charAt(k + 1), 16);
            int lo = Character.digit(raw.charAt(k + 2), 16);
            if (hi < 0 || lo < 0) {
                return null;
            }
            bytes.write(hi * 16 + lo);
            k += 2;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
