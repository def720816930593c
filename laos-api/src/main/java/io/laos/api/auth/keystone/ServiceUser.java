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
package io.laos.api.auth.keystone;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotEmpty;

/**
 * LaOS's own Keystone account ({@code auth.serviceUser}), with which it validates the tokens
 * of its callers: the equivalent of keystonemiddleware's {@code [keystone_authtoken]} username,
 * password, project_name, user_domain_name and project_domain_name. The user needs the
 * {@code admin} or {@code service} role in its project, or Keystone refuses to validate other
 * users' tokens for it.
 */
public class ServiceUser {
    @NotEmpty
    @JsonProperty
    private String name;

    // Write-only: the password is read from the config but never written out anywhere. It may
    // be absent here (${LAOS_SERVICE_PASSWORD:-} unset): start-up refuses it, parsing does not.
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY)
    private String password;

    @NotEmpty
    @JsonProperty
    private String project;

    @NotEmpty
    @JsonProperty
    private String userDomain = "Default";

    @NotEmpty
    @JsonProperty
    private String projectDomain = "Default";

    public ServiceUser() {
    }

    public ServiceUser(String name, String password, String project) {
        this.name = name;
        this.password = password;
        this.project = project;
    }

    public String getName() {
        return name;
    }

    public String getPassword() {
        return password;
    }

    public String getProject() {
        return project;
    }

    public String getUserDomain() {
        return userDomain;
    }

    public String getProjectDomain() {
        return projectDomain;
    }

    @Override
    public String toString() {
        return "user " + name + " (domain " + userDomain + ") in project " + project
                + " (domain " + projectDomain + ")";
    }
}
