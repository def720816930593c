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
package io.laos.api.service;

import java.time.Instant;

/**
 * Optimistic updates of apps and routes: {@code updated_at} is the row's version. A writer
 * writes only if the row still has the {@code updated_at} it read, and makes it strictly later,
 * so that a writer holding an older read can never match, even when two updates fall in the
 * same millisecond or the clocks of two LaOS nodes disagree.
 */
final class Updates {
    /** Attempts before a request that keeps losing races is answered 409. */
    static final int ATTEMPTS = 5;

    private Updates() {
    }

    /** The new {@code updated_at}: now, but always after the one read. */
    static Instant after(Instant now, Instant read) {
        Instant next = read.plusMillis(1);
        return now.isAfter(next) ? now : next;
    }
}
