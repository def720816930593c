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
package io.laos.api.auth.keystone;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which tokens are worth a Keystone call, and the challenge URI. */
class KeystoneAuthFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "gAAAAABl2x3Yq0sRlP4Ka_K2w-bZCVxY7tK9Y6o8vX2s4yTqV3oJz5bq1nQ0mJXW1vQ==",
        "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl",
        "0123456789abcdef0123456789abcdef",
        "PKIZ_eJy1VEtzmzAQ+/ab"})
    void keystoneTokenFormatsAreWellFormed(String token) {
        assertThat(KeystoneAuthFilter.isWellFormed(token, 8192)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "two words", "tab\there", "new\nline", "tok\u00e9n",
        "\u007fdel", "nul\u0000", "quote\"d", "semi;colon", "comma,joined", "\u2603"})
    void anythingElseIsMalformed(String token) {
        assertThat(KeystoneAuthFilter.isWellFormed(token, 8192)).isFalse();
    }

    @Test
    void lengthIsBounded() {
        assertThat(KeystoneAuthFilter.isWellFormed("a".repeat(8192), 8192)).isTrue();
        assertThat(KeystoneAuthFilter.isWellFormed("a".repeat(8193), 8192)).isFalse();
        assertThat(KeystoneAuthFilter.isWellFormed(null, 8192)).isFalse();
    }

    @Test
    void theChallengeNamesTheUnversionedIdentityEndpointUnlessConfigured() {
        KeystoneAuthFactory factory = new KeystoneAuthFactory();
        factory.setUrl("https://keystone.example.org:5000/v3/");
        assertThat(factory.getWwwAuthenticateUri()).isEqualTo("https://keystone.example.org:5000");
        factory.setUrl("https://cloud.example.org/identity/v3");
        assertThat(factory.getWwwAuthenticateUri()).isEqualTo("https://cloud.example.org/identity");
    }
}
