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
import java.util.Arrays;
import java.util.List;

/**
 * Draws a table the way the OpenStack client does ({@code +---+} borders, a heading row,
 * left-aligned cells). A table wider than the width given is fitted: the widest columns are
 * narrowed first, to no less than {@value #MIN_WIDTH} characters, and their cells wrapped at
 * spaces where possible.
 */
final class TableWriter {
    static final int MIN_WIDTH = 8;

    private TableWriter() {
    }

    static String render(List<String> headers, List<List<String>> rows, int width) {
        int n = headers.size();
        int[] natural = new int[n];
        for (int i = 0; i < n; i++) {
            natural[i] = longestLine(headers.get(i));
            for (List<String> row : rows) {
                natural[i] = Math.max(natural[i], longestLine(row.get(i)));
            }
        }
        int[] widths = fit(natural, width - (3 * n + 1));
        StringBuilder out = new StringBuilder();
        String rule = rule(widths);
        out.append(rule).append(line(headers, widths)).append(rule);
        for (List<String> row : rows) {
            out.append(line(row, widths));
        }
        if (!rows.isEmpty()) {
            out.append(rule);
        }
        return out.toString();
    }

    /**
     * Column widths within {@code available} characters of content: every column gets its
     * natural width up to a common cap, the largest cap that fits; what is left over goes to
     * the capped columns. When even {@value #MIN_WIDTH} each is too wide, the table overflows.
     */
    static int[] fit(int[] natural, int available) {
        int low = MIN_WIDTH;
        int high = 0;
        for (int w : natural) {
            high = Math.max(high, w);
        }
        if (total(natural, high) <= available || total(natural, low) >= available) {
            return capped(natural, total(natural, high) <= available ? high : low);
        }
        while (low < high - 1) { // invariant: total(low) < available < total(high)
            int mid = (low + high) >>> 1;
            if (total(natural, mid) <= available) {
                low = mid;
            } else {
                high = mid;
            }
        }
        int[] widths = capped(natural, low);
        int spare = available - total(natural, low);
        for (int i = 0; i < widths.length && spare > 0; i++) {
            if (natural[i] > low) {
                widths[i]++;
                spare--;
            }
        }
        completeShortColumns(natural, widths);
        return widths;
    }

    /**
     * Gives a column that is only a little short of its natural width what it lacks, taken
     * from the widest column (down to half its natural width): that one wraps anyway, and one
     * wrapped column reads better than two (a timestamp cut before its last character).
     */
    private static void completeShortColumns(int[] natural, int[] widths) {
        int widest = 0;
        for (int i = 1; i < natural.length; i++) {
            if (natural[i] > natural[widest]) {
                widest = i;
            }
        }
        int floor = Math.max(MIN_WIDTH, natural[widest] / 2);
        Integer[] order = new Integer[natural.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(natural[a], natural[b]));
        for (int i : order) {
            int deficit = natural[i] - widths[i];
            if (i != widest && deficit > 0 && widths[widest] - deficit >= floor) {
                widths[i] += deficit;
                widths[widest] -= deficit;
            }
        }
    }

    private static int total(int[] natural, int cap) {
        int sum = 0;
        for (int w : natural) {
            sum += Math.min(w, cap);
        }
        return sum;
    }

    private static int[] capped(int[] natural, int cap) {
        int[] widths = new int[natural.length];
        for (int i = 0; i < natural.length; i++) {
            widths[i] = Math.max(1, Math.min(natural[i], cap));
        }
        return widths;
    }

    private static String rule(int[] widths) {
        StringBuilder rule = new StringBuilder("+");
        for (int w : widths) {
            rule.append("-".repeat(w + 2)).append('+');
        }
        return rule.append('\n').toString();
    }

    /** One row, as many lines tall as its tallest wrapped cell. */
    private static String line(List<String> cells, int[] widths) {
        List<List<String>> wrapped = new ArrayList<>();
        int height = 1;
        for (int i = 0; i < widths.length; i++) {
            List<String> lines = Wrapping.wrap(cells.get(i), widths[i]);
            wrapped.add(lines);
            height = Math.max(height, lines.size());
        }
        StringBuilder out = new StringBuilder();
        for (int l = 0; l < height; l++) {
            out.append('|');
            for (int i = 0; i < widths.length; i++) {
                List<String> lines = wrapped.get(i);
                String text = l < lines.size() ? lines.get(l) : "";
                out.append(' ').append(text).append(" ".repeat(widths[i] - text.length()))
                        .append(" |");
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static int longestLine(String text) {
        int longest = 0;
        for (String line : text.split("\n", -1)) {
            longest = Math.max(longest, line.length());
        }
        return longest;
    }
}
