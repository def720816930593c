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

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Kills a process together with everything it started. */
final class ProcessTrees {
    /** Rounds that look for children forked while the kill was under way. */
    private static final int ROUNDS = 3;

    private ProcessTrees() {
    }

    /**
     * Sends SIGKILL to {@code root} and all its descendants. The descendants are listed before
     * anything is killed: once a process dies its children are re-parented to init and can no
     * longer be found from it. Processes that detached themselves earlier (double fork,
     * {@code setsid}) are out of reach; the local engine is not a container.
     */
    static void kill(ProcessHandle root) {
        Set<ProcessHandle> known = new LinkedHashSet<>();
        known.add(root);
        root.descendants().forEach(known::add);
        for (int round = 0; round < ROUNDS; round++) {
            known.forEach(ProcessHandle::destroyForcibly);
            List<ProcessHandle> late = known.stream().flatMap(ProcessHandle::descendants)
                    .filter(p -> !known.contains(p)).toList();
            if (late.isEmpty()) {
                return;
            }
            known.addAll(late);
        }
    }
}
