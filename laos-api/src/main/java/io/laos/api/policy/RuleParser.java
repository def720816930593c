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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses rule text of the oslo.policy language: checks ({@code role:X}, {@code rule:X},
 * {@code LEFT:RIGHT}, {@code @}, {@code !}), {@code not} before {@code and} before {@code or},
 * parentheses. Tokens are split on whitespace and parentheses peeled off their edges, exactly as
 * oslo.policy does. Where oslo.policy would quietly deny a rule it cannot parse, LaOS refuses it
 * with a {@link PolicySyntaxException}, so that a typo is found at start-up.
 */
public final class RuleParser {
    private enum Kind { LPAREN, RPAREN, AND, OR, NOT, STRING, CHECK }

    private record Token(Kind kind, String text) {
    }

    private final String rule;
    private final List<Token> tokens;
    private int next;

    private RuleParser(String rule) {
        this.rule = rule;
        this.tokens = tokenize(rule);
    }

    /** Parses a rule; an empty rule always allows, as in oslo.policy. */
    public static Check parse(String rule) {
        if (rule.isBlank()) {
            return new Check.Always(true);
        }
        RuleParser p = new RuleParser(rule);
        Check check = p.or();
        if (p.next < p.tokens.size()) {
            throw p.error("unexpected '" + p.tokens.get(p.next).text() + "'");
        }
        return check;
    }

    /** The legacy list form: the inner lists' checks are and-ed, the outer list or-ed. */
    public static Check parseList(List<List<String>> rule) {
        if (rule.isEmpty()) {
            return new Check.Always(true);
        }
        List<Check> any = new ArrayList<>();
        for (List<String> inner : rule) {
            if (!inner.isEmpty()) {
                List<Check> all = inner.stream().map(c -> new RuleParser(c).check(c)).toList();
                any.add(all.size() == 1 ? all.get(0) : new Check.And(all));
            }
        }
        return any.isEmpty() ? new Check.Always(false)
                : any.size() == 1 ? any.get(0) : new Check.Or(any);
    }

    private Check or() {
        List<Check> any = new ArrayList<>(List.of(and()));
        while (accept(Kind.OR)) {
            any.add(and());
        }
        return any.size() == 1 ? any.get(0) : new Check.Or(any);
    }

    private Check and() {
        List<Check> all = new ArrayList<>(List.of(not()));
        while (accept(Kind.AND)) {
            all.add(not());
        }
        return all.size() == 1 ? all.get(0) : new Check.And(all);
    }

    private Check not() {
        return accept(Kind.NOT) ? new Check.Not(not()) : atom();
    }

    private Check atom() {
        if (next >= tokens.size()) {
            throw error("the rule ends where a check was expected");
        }
        Token t = tokens.get(next++);
        switch (t.kind()) {
            case LPAREN -> {
                Check inner = or();
                if (!accept(Kind.RPAREN)) {
                    throw error("a '(' is not closed");
                }
                return inner;
            }
            case CHECK -> {
                return check(t.text());
            }
            case STRING -> throw error("a quoted string (" + t.text() + ") is not a check");
            default -> throw error("unexpected '" + t.text() + "'");
        }
    }

    private Check check(String text) {
        if (text.equals("@") || text.equals("!")) {
            return new Check.Always(text.equals("@"));
        }
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw error("'" + text + "' is not a check (expected kind:value, @ or !)");
        }
        String kind = text.substring(0, colon);
        String match = text.substring(colon + 1);
        if (!Substitution.isWellFormed(match)) {
            throw error("'" + match + "' has a '%' that is not a %(key)s substitution");
        }
        return switch (kind) {
            case "rule", "role" -> {
                if (match.isEmpty()) {
                    throw error("'" + text + "' names no " + kind);
                }
                yield kind.equals("rule") ? new Check.RuleRef(match) : new Check.Role(match);
            }
            case "http", "https" -> new Check.Unsupported(kind, match);
            default -> {
                if (!GenericCheck.isValidKind(kind)) {
                    throw error("'" + kind + "' is neither a literal nor a credential name");
                }
                yield new GenericCheck(kind, match);
            }
        };
    }

    private boolean accept(Kind kind) {
        if (next < tokens.size() && tokens.get(next).kind() == kind) {
            next++;
            return true;
        }
        return false;
    }

    private PolicySyntaxException error(String what) {
        return new PolicySyntaxException("cannot parse \"" + rule + "\": " + what);
    }

    private static List<Token> tokenize(String rule) {
        List<Token> out = new ArrayList<>();
        for (String word : rule.trim().split("\\s+")) {
            int start = 0;
            while (start < word.length() && word.charAt(start) == '(') {
                out.add(new Token(Kind.LPAREN, "("));
                start++;
            }
            int end = word.length();
            while (end > start && word.charAt(end - 1) == ')') {
                end--;
            }
            String clean = word.substring(start, end);
            String lowered = clean.toLowerCase(Locale.ROOT);
            if (lowered.equals("and") || lowered.equals("or") || lowered.equals("not")) {
                out.add(new Token(Kind.valueOf(lowered.toUpperCase(Locale.ROOT)), clean));
            } else if (isQuoted(word.substring(start))) {
                out.add(new Token(Kind.STRING, clean));
            } else if (!clean.isEmpty()) {
                out.add(new Token(Kind.CHECK, clean));
            }
            for (int i = end; i < word.length(); i++) {
                out.add(new Token(Kind.RPAREN, ")"));
            }
        }
        return out;
    }

    private static boolean isQuoted(String token) {
        return token.length() >= 2 && (token.charAt(0) == '\'' || token.charAt(0) == '"')
                && token.charAt(token.length() - 1) == token.charAt(0);
    }
}
