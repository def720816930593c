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

/**
 * A policy that LaOS will not run with: rule text that does not parse, a {@code rule:} that
 * names no rule, a loop of rules, or a policy file that is not a map of rule names to rules.
 * Thrown at start-up (and by {@code policy check}), never while serving a request.
 */
public class PolicySyntaxException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public PolicySyntaxException(String message) {
        super(message);
    }

    public PolicySyntaxException(String message, Throwable cause) {
        super(message, cause);
    }
}
