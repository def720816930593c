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
package io.laos.api.policy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an oslo.policy file: a YAML (or legacy JSON) map of rule names to rule text, or to the
 * legacy list-of-lists form. Every rule is parsed here, so a bad file stops LaOS at start-up
 * with the file and the rule named, instead of denying (or allowing) something at run time.
 */
public final class PolicyFile {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION));

    /** One rule as the file wrote it, and what it parsed into. */
    public record Entry(String text, Check check) {
    }

    private PolicyFile() {
    }

    /** The rules of the file, in file order; an empty (or all-comments) file has none. */
    public static Map<String, Entry> read(Path file) {
        JsonNode root;
        try {
            root = YAML.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new PolicySyntaxException("policy file " + file + " does not exist");
        } catch (IOException e) {
            throw new PolicySyntaxException("policy file " + file + " is not valid YAML: "
                    + e.getMessage(), e);
        }
        Map<String, Entry> rules = new LinkedHashMap<>();
        if (root == null || root.isMissingNode() || root.isNull()) {
            return rules;
        }
        if (!root.isObject()) {
            throw new PolicySyntaxException("policy file " + file
                    + " must be a map of rule names to rules");
        }
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            try {
                rules.put(e.getKey(), parse(e.getValue()));
            } catch (PolicySyntaxException bad) {
                throw new PolicySyntaxException("policy file " + file + ", rule '" + e.getKey()
                        + "': " + bad.getMessage(), bad);
            }
        }
        return rules;
    }

    private static Entry parse(JsonNode value) {
        if (value.isTextual()) {
            return new Entry(value.asText(), RuleParser.parse(value.asText()));
        }
        if (value.isArray()) {
            List<List<String>> outer = new ArrayList<>();
            for (JsonNode inner : value) {
                outer.add(inner.isTextual() ? List.of(inner.asText()) : strings(inner));
            }
            return new Entry(value.toString(), RuleParser.parseList(outer));
        }
        throw new PolicySyntaxException("a rule must be a string such as \"role:admin\" (quote"
                + " it), not " + (value.isNull() ? "empty" : value.toString()));
    }

    private static List<String> strings(JsonNode inner) {
        List<String> out = new ArrayList<>();
        if (inner.isArray()) {
            for (JsonNode check : inner) {
                if (check.isTextual()) {
                    out.add(check.asText());
                    continue;
                }
                throw new PolicySyntaxException("a list rule holds only strings, not " + check);
            }
            return out;
        }
        throw new PolicySyntaxException("a list rule holds lists of strings, not " + inner);
    }
}
