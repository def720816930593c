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
package io.laos.cli.output;

import java.util.Locale;

/** The {@code -f} choices, as in the OpenStack client. */
public enum OutputFormat {
    TABLE, JSON, YAML, VALUE;

    public String choice() {
        return name().toLowerCase(Locale.ROOT);
    }

    static OutputFormat parse(String choice) {
        return valueOf(choice.toUpperCase(Locale.ROOT));
    }
}
