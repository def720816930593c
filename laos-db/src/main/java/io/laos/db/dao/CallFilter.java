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
package io.laos.db.dao;

import io.laos.common.model.Call;
import io.laos.common.model.CallStatus;
import java.time.Instant;

/**
 * What a calls listing asks for: one project, optional filters (null means any), newest first
 * after {@code marker} (exclusive) when it is not null.
 *
 * @param since inclusive lower bound of {@code created_at}, or null
 * @param until exclusive upper bound of {@code created_at}, or null
 */
public record CallFilter(String projectId, String appName, String routePath, CallStatus status,
                         Instant since, Instant until, Call marker, int limit) {
}
