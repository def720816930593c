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

import io.laos.cli.Host;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The settings the client connects with, and how it authenticates. Sources, highest
 * precedence first: the command line's {@code --os-*} options, the cloud chosen by
 * {@code --os-cloud} or {@code OS_CLOUD} in {@code clouds.yaml}, then the {@code OS_*}
 * variables. The way of authenticating is the one of the first source that implies one, so
 * a token given on the command line beats a password in a cloud, and a cloud's password
 * beats an {@code OS_TOKEN} left in the environment.
 */
public record Credentials(AuthMode mode, Settings settings) {

    /**
     * Resolves the settings from the options already parsed and the host's files and env.
     * {@code --noauth} without {@code --os-cloud} ignores {@code OS_CLOUD}: a developer's
     * usual cloud must not get in the way of a development server.
     */
    public static Credentials resolve(Settings options, String cloudOption, Host host) {
        boolean noauth = options.impliedMode() == AuthMode.NONE;
        String cloudName = cloudOption != null ? cloudOption
                : noauth ? null : host.var("OS_CLOUD");
        Settings cloud = cloudName == null ? Settings.EMPTY : CloudsFiles.cloud(host, cloudName);
        return of(List.of(options, cloud, environment(host)));
    }

    /** Merges sources given highest precedence first. */
    public static Credentials of(List<Settings> layers) {
        AuthMode mode = layers.stream().map(Settings::impliedMode).filter(Objects::nonNull)
                .findFirst().orElse(AuthMode.PASSWORD);
        return new Credentials(mode, Settings.merge(layers));
    }

    /** The {@code OS_*} variables (and {@code LAOS_URL}) of the host. */
    public static Settings environment(Host host) {
        Map<Key, String> values = new EnumMap<>(Key.class);
        for (Key key : Key.values()) {
            values.put(key, host.var(key.envVar()));
        }
        return Settings.of(values, Key::envVar);
    }

    public String get(Key key) {
        return settings.get(key);
    }
}
