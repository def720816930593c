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
package io.laos.cli.commands;

import io.laos.cli.Invocation;
import io.laos.cli.LaosCli;
import io.laos.cli.http.ApiException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Deletes several things one by one, as the OpenStack client does: each failure is reported
 * and the others still deleted; the exit status says whether any failed.
 */
final class Deletes {
    private Deletes() {
    }

    static int each(Invocation in, String what, List<String> names, Consumer<String> delete) {
        int failed = 0;
        for (String name : names) {
            try {
                delete.accept(name);
            } catch (ApiException e) {
                failed++;
                in.console().err().println("Error: " + (names.size() > 1
                        ? "cannot delete " + what + " " + name + ": " : "") + e.describe());
            }
        }
        if (failed > 0 && names.size() > 1) {
            in.console().err().println("Error: " + failed + " of " + names.size() + " " + what
                    + "s were not deleted");
        }
        return failed == 0 ? LaosCli.OK : LaosCli.FAILED;
    }
}
