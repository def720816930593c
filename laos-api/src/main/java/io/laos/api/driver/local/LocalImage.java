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
package io.laos.api.driver.local;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import java.util.Map;

/**
 * One image the local engine can run, as the operator lists it under {@code driver.images}.
 * The command is an argv (no shell); tenants choose the image by name and can add neither a
 * path nor arguments.
 */
public class LocalImage {

    /** The program and its fixed arguments; a relative program path resolves against the
     *  directory LaOS was started from. */
    @NotEmpty
    @JsonProperty
    private List<@NotEmpty String> command = List.of();

    /** Where the function runs (and its HOME); by default the engine's temp directory. */
    @JsonProperty
    private String workingDirectory;

    /** Extra fixed environment variables; tenant config cannot override them. */
    @JsonProperty
    private Map<String, String> environment = Map.of();

    public List<String> getCommand() {
        return command;
    }

    public String getWorkingDirectory() {
        return workingDirectory;
    }

    public Map<String, String> getEnvironment() {
        return environment == null ? Map.of() : environment;
    }
}
