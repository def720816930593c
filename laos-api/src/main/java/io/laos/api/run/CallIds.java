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

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;

/**
 * Call ids: time-ordered UUIDs (version 7, RFC 9562), in the usual 36-character form.
 *
 * <p>Every run inserts a call record keyed by its id. Random (version 4) ids land on a random
 * page of the primary-key index each time, which every database pays for: InnoDB clusters the
 * table on that key, and H2's copy-on-write store rewrites a random leaf per insert (this was
 * the largest share of LaOS's CPU on the run path). Ids that grow with time are appended at
 * the end of the index instead. They still carry 74 random bits, and a call is only ever
 * looked up together with its project, so an id reveals nothing but its creation time, which
 * the record shows anyway.
 */
final class CallIds {
    private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator();

    private CallIds() {
    }

    static String next() {
        return GENERATOR.generate().toString();
    }
}
