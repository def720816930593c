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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.laos.cli.CliException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints what a command got back in the format asked for: a list one row per item, a single
 * object as a Field/Value table ({@code -f table}), or the same data as JSON, YAML or bare
 * values.
 */
public final class Printer {
    private static final ObjectMapper JSON = new ObjectMapper();
    // Indented like Python's json.dumps(indent=2), which the OpenStack client uses.
    private static final ObjectWriter PRETTY = JSON.writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE)
            .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE));
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build();

    private final OutputOptions options;
    private final PrintStream out;

    public Printer(OutputOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    /**
     * Prints items one per row. Without {@code -c} the columns are the short ones (all with
     * {@code showLong}); {@code -c} picks any column, in the order given.
     */
    public void list(List<Column> all, List<JsonNode> items, boolean showLong) {
        List<Column> columns = options.columns().isEmpty()
                ? all.stream().filter(c -> showLong || !c.longOnly()).toList()
                : select(all);
        List<String> headers = columns.stream().map(Column::header).toList();
        switch (options.format()) {
            case TABLE -> {
                List<List<String>> rows = new ArrayList<>();
                for (JsonNode item : items) {
                    rows.add(columns.stream().map(c -> Cells.text(c.value(item))).toList());
                }
                out.print(TableWriter.render(headers, rows, options.width()));
            }
            case VALUE -> items.forEach(item -> out.println(String.join(" ",
                    columns.stream().map(c -> Cells.text(c.value(item))).toList())));
            case JSON, YAML -> {
                ArrayNode array = JSON.createArrayNode();
                for (JsonNode item : items) {
                    ObjectNode row = array.addObject();
                    columns.forEach(c -> row.set(c.header(), orNull(c.value(item))));
                }
                structured(array);
            }
            default -> throw new IllegalStateException(options.format().name());
        }
        out.flush();
    }

    /** Prints one object: its fields in the server's order, or those of {@code -c}. */
    public void show(JsonNode object) {
        List<Column> fields = new ArrayList<>();
        object.fieldNames().forEachRemaining(name -> fields.add(Column.of(name, name)));
        List<Column> shown = options.columns().isEmpty() ? fields : select(fields);
        switch (options.format()) {
            case TABLE -> {
                List<List<String>> rows = new ArrayList<>();
                shown.forEach(f -> rows.add(List.of(f.field(), Cells.text(f.value(object)))));
                out.print(TableWriter.render(List.of("Field", "Value"), rows, options.width()));
            }
            case VALUE -> shown.forEach(f -> out.println(Cells.text(f.value(object))));
            case JSON, YAML -> {
                ObjectNode selected = JSON.createObjectNode();
                shown.forEach(f -> selected.set(f.field(), orNull(f.value(object))));
                structured(selected);
            }
            default -> throw new IllegalStateException(options.format().name());
        }
        out.flush();
    }

    private void structured(JsonNode node) {
        try {
            if (options.format() == OutputFormat.YAML) {
                out.print(YAML.writeValueAsString(node));
            } else if (node.isEmpty()) {
                out.println(node.isArray() ? "[]" : "{}");
            } else {
                out.println(options.noIndent() ? JSON.writeValueAsString(node)
                        : PRETTY.writeValueAsString(node));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON", e);
        }
    }

    /** The columns {@code -c} names, in its order; an unknown name is an error. */
    private List<Column> select(List<Column> available) {
        List<Column> chosen = new ArrayList<>();
        for (String name : options.columns()) {
            Column column = available.stream().filter(c -> c.matches(name)).findFirst()
                    .orElseThrow(() -> CliException.usage("No column '" + name + "' (the"
                            + " columns are: " + String.join(", ", available.stream()
                            .map(Column::header).toList()) + ")"));
            chosen.add(column);
        }
        return chosen;
    }

    private static JsonNode orNull(JsonNode node) {
        return node.isMissingNode() ? JSON.nullNode() : node;
    }
}
