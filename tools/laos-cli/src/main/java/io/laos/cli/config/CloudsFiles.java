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
package io.laos.cli.config;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.laos.cli.CliException;
import io.laos.cli.Host;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds and reads {@code clouds.yaml} the way OpenStack clients do: {@code
 * $OS_CLIENT_CONFIG_FILE} first, then the current directory, {@code ~/.config/openstack} and
 * {@code /etc/openstack}; the first file found wins. A {@code secure.yaml} (same places,
 * {@code $OS_CLIENT_SECURE_FILE} first) is merged over it, so secrets can live apart.
 */
public final class CloudsFiles {
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final List<String> EXTENSIONS = List.of(".yaml", ".yml");

    private CloudsFiles() {
    }

    /** The files looked for, in order ({@code base} is {@code clouds} or {@code secure}). */
    public static List<Path> searchPath(Host host, String base, String fileVar) {
        List<Path> files = new ArrayList<>();
        String explicit = host.var(fileVar);
        if (explicit != null) {
            files.add(host.cwd().resolve(explicit));
        }
        for (Path dir : List.of(host.cwd(), host.home().resolve(".config/openstack"),
                host.systemConfigDir())) {
            for (String ext : EXTENSIONS) {
                files.add(dir.resolve(base + ext));
            }
        }
        return files;
    }

    /** The named cloud's settings (secure.yaml merged in); an error if there is none. */
    public static Settings cloud(Host host, String name) {
        List<Path> searched = searchPath(host, "clouds", "OS_CLIENT_CONFIG_FILE");
        Path file = searched.stream().filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> new CliException("Cloud '" + name + "' was asked for, but"
                        + " no clouds.yaml was found (looked for " + searched + ")"));
        Map<String, Object> clouds = clouds(read(file), file);
        Path secure = searchPath(host, "secure", "OS_CLIENT_SECURE_FILE").stream()
                .filter(Files::isRegularFile).findFirst().orElse(null);
        if (secure != null) {
            merge(clouds, clouds(read(secure), secure));
        }
        Object cloud = clouds.get(name);
        if (!(cloud instanceof Map<?, ?> map)) {
            throw new CliException("Cloud '" + name + "' is not in " + file + " (clouds: "
                    + String.join(", ", clouds.keySet()) + ")");
        }
        // Named in --debug as where each setting came from: a password may be in either file.
        return CloudSettings.from(map, "cloud '" + name + "' in " + file
                + (secure == null ? "" : " with " + secure));
    }

    private static Map<String, Object> read(Path file) {
        try {
            Map<String, Object> doc = YAML.readValue(file.toFile(), new TypeReference<>() {
            });
            return doc == null ? new LinkedHashMap<>() : doc;
        } catch (IOException e) {
            throw new CliException("Cannot read " + file + ": " + e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> clouds(Map<String, Object> doc, Path file) {
        Object clouds = doc.get("clouds");
        if (clouds == null) {
            return new LinkedHashMap<>();
        }
        if (!(clouds instanceof Map)) {
            throw new CliException(file + ": 'clouds' must be a mapping of cloud names");
        }
        return (Map<String, Object>) clouds;
    }

    /** Merges {@code over} into {@code base}, mappings key by key, anything else replaced. */
    @SuppressWarnings("unchecked")
    static void merge(Map<String, Object> base, Map<String, Object> over) {
        over.forEach((key, value) -> {
            Object old = base.get(key);
            if (old instanceof Map && value instanceof Map) {
                Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) old);
                merge(copy, (Map<String, Object>) value);
                base.put(key, copy);
            } else {
                base.put(key, value);
            }
        });
    }
}
