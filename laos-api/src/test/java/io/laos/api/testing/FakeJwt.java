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
package io.laos.api.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The check IronFunctions makes with {@code JWT_AUTH_KEY} (common/jwt.go with jwt-go v3): an
 * HMAC-signed token, "Bearer " prefix optional, and {@code exp}, {@code iat}, {@code nbf} valid
 * when present.
 */
final class FakeJwt {
    private final byte[] key;

    FakeJwt(String key) {
        this.key = key.getBytes(StandardCharsets.UTF_8);
    }

    boolean accepts(String authorization) {
        if (authorization == null) {
            return false;
        }
        String token = authorization.toLowerCase(Locale.ROOT).startsWith("bearer ")
                ? authorization.substring(7) : authorization;
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return false;
        }
        try {
            Base64.Decoder b64 = Base64.getUrlDecoder();
            JsonNode header = FakeHttp.JSON.readTree(b64.decode(parts[0]));
            if (!header.path("alg").asText().startsWith("HS")) {
                return false;
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] expected = mac.doFinal((parts[0] + "." + parts[1])
                    .getBytes(StandardCharsets.US_ASCII));
            if (!MessageDigest.isEqual(expected, b64.decode(parts[2]))) {
                return false;
            }
            JsonNode claims = FakeHttp.JSON.readTree(b64.decode(parts[1]));
            long now = Instant.now().getEpochSecond();
            return (!claims.has("exp") || now <= claims.get("exp").asLong())
                    && (!claims.has("iat") || now >= claims.get("iat").asLong())
                    && (!claims.has("nbf") || now >= claims.get("nbf").asLong());
        } catch (GeneralSecurityException | IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
