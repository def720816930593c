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

import java.util.ArrayList;
import java.util.List;

/** Wraps a cell's text to a column width. */
final class Wrapping {
    private Wrapping() {
    }

    /**
     * The lines of {@code text} at most {@code width} characters long: its own line breaks
     * are kept; a long line is broken at its last space, else after its last {@code -} or
     * {@code /} (a UUID, a path), that leaves at least half a line; otherwise exactly at the
     * width.
     */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        for (String line : text.replace("\t", " ").split("\r?\n", -1)) {
            String rest = line;
            while (rest.length() > width) {
                int space = rest.lastIndexOf(' ', width);
                int mark = Math.max(rest.lastIndexOf('-', width - 1),
                        rest.lastIndexOf('/', width - 1));
                if (space >= width / 2) {
                    lines.add(rest.substring(0, space));
                    rest = rest.substring(space + 1);
                } else if (mark >= width / 2) {
                    lines.add(rest.substring(0, mark + 1));
                    rest = rest.substring(mark + 1);
                } else {
                    lines.add(rest.substring(0, width));
                    rest = rest.substring(width);
                }
            }
            lines.add(rest);
        }
        return lines;
    }
}
