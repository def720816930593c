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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Best-effort undo steps after a failed write that spans the database and the engine. An undo
 * that fails itself is logged and left for {@code reconcile}: the original failure is what the
 * client must hear about, so an undo never throws.
 */
final class Compensation {
    private static final Logger LOG = LoggerFactory.getLogger(Compensation.class);

    private Compensation() {
    }

    static void attempt(String what, Runnable undo) {
        try {
            undo.run();
        } catch (RuntimeException e) {
            LOG.error("Could not {}; 'reconcile' will find what is left behind: {}", what,
                    e.toString());
        }
    }
}
