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
package io.laos.api.driver.ironfunctions;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs the short-lived bearer tokens IronFunctions asks for on {@code /v1} when it runs with
 * {@code JWT_AUTH_KEY} (HS256, checked by jwt-go v3 against {@code exp}, {@code iat} and
 * {@code nbf}). The key never leaves this class: {@link #toString()} does not show it.
 */
final class Hs256Jwt {
    /** {"alg":"HS256","typ":"JWT"}, the same for every token. */
    private static final String HEADER = base64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"
            .getBytes(StandardCharsets.US_ASCII));
    /**
     * jwt-go refuses a token whose {@code iat}/{@code nbf} lie in its future, so a LaOS clock a
     * second ahead of the engine's would fail every call: both are back-dated by this much, as
     * IronFunctions' own {@code GetJwt} does for {@code nbf}.
     */
    private static final long CLOCK_SKEW_SECONDS = 60;
    private static final long LIFETIME_SECONDS = 300;

    private final SecretKeySpec key;

    Hs256Jwt(String secret) {
        // IronFunctions uses []byte(JWT_AUTH_KEY): the UTF-8 bytes of the configured string.
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** A fresh token; signing costs microseconds, so there is no cache to get wrong. */
    String token(Instant now) {
        long t = now.getEpochSecond();
        long issued = t - CLOCK_SKEW_SECONDS;
        String claims = "{\"exp\":" + (t + LIFETIME_SECONDS) + ",\"iat\":" + issued
                + ",\"nbf\":" + issued + "}";
        String signingInput = HEADER + "." + base64(claims.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + base64(sign(signingInput));
    }

    private byte[] sign(String signingInput) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            // HmacSHA256 is a mandatory JDK algorithm: this cannot happen on a working JVM.
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "Hs256Jwt[key hidden]";
    }
}
