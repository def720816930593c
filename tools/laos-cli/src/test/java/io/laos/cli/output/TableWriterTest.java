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

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableWriterTest {

    @Test
    void drawsLikeTheOpenStackClient() {
        String table = TableWriter.render(List.of("Name", "Description"),
                List.of(List.of("a", "first"), List.of("bb", "")), 80);

        assertThat(table).isEqualTo("""
                +------+-------------+
                | Name | Description |
                +------+-------------+
                | a    | first       |
                | bb   |             |
                +------+-------------+
                """);
    }

    @Test
    void anEmptyListIsItsHeadingOnly() {
        assertThat(TableWriter.render(List.of("Name"), List.of(), 80)).isEqualTo("""
                +------+
                | Name |
                +------+
                """);
    }

    @Test
    void aWideTableIsFittedByNarrowingItsWidestColumns() {
        String longText = "the quick brown fox jumps over the lazy dog ".repeat(3).strip();
        String table = TableWriter.render(List.of("ID", "Description"),
                List.of(List.of("0123456789abcdef", longText)), 40);

        assertThat(table.lines()).allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(40));
        assertThat(table.lines().filter(l -> l.startsWith("|")).toList()).hasSizeGreaterThan(3);
        assertThat(table).contains("| 0123456789abcdef |"); // the narrow column keeps its width
        assertThat(table.replaceAll("[|\\s]+", " ")).contains(String.join(" ",
                longText.split(" ")).substring(0, 20));
    }

    @Test
    void widthsShareTheSpaceFairly() {
        assertThat(TableWriter.fit(new int[] {5, 50, 50}, 60)).containsExactly(5, 28, 27);
        assertThat(TableWriter.fit(new int[] {5, 10}, 60)).containsExactly(5, 10);
        // The timestamp keeps its 24 characters; the 36 of the UUID wrap anyway.
        assertThat(TableWriter.fit(new int[] {36, 5, 6, 7, 24}, 64))
                .containsExactly(22, 5, 6, 7, 24);
        assertThat(TableWriter.fit(new int[] {30, 30, 30}, 10))
                .containsExactly(TableWriter.MIN_WIDTH, TableWriter.MIN_WIDTH,
                        TableWriter.MIN_WIDTH);
    }

    @Test
    void cellsWrapAtSpacesElseAtTheWidth() {
        assertThat(Wrapping.wrap("hello big world", 10)).containsExactly("hello big", "world");
        assertThat(Wrapping.wrap("0123456789abcdef", 10)).containsExactly("0123456789", "abcdef");
        assertThat(Wrapping.wrap("a\nb", 10)).containsExactly("a", "b");
        assertThat(Wrapping.wrap("ded6d3fd-7f69-44a1-aa6e-7ea6c102390c", 20))
                .containsExactly("ded6d3fd-7f69-44a1-", "aa6e-7ea6c102390c");
    }

    @Test
    void multiLineCellsMakeTallRows() {
        assertThat(TableWriter.render(List.of("Field", "Value"),
                List.of(List.of("text", "one\ntwo")), 80)).isEqualTo("""
                +-------+-------+
                | Field | Value |
                +-------+-------+
                | text  | one   |
                |       | two   |
                +-------+-------+
                """);
    }
}
