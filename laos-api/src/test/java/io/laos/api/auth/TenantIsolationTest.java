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
package io.laos.api.auth;

import io.laos.api.testing.FakeKeystone;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The tenant-isolation matrix against the real application and the fake Keystone. */
class TenantIsolationTest extends TenantIsolationMatrix {
    private static final String PASSWORD = "fixture-secret";

    private FakeKeystone keystone;
    private KeystoneLaos laos;
    private final Map<Persona, String> tokens = new EnumMap<>(Persona.class);
    private final Map<String, String> otherScopes = new LinkedHashMap<>();

    @BeforeAll
    void start() throws Exception {
        keystone = FakeKeystone.start().withStandardFixture(PASSWORD);
        laos = KeystoneLaos.start(keystone.url(), FakeKeystone.SERVICE_USER,
                FakeKeystone.SERVICE_PASSWORD);
        tokens.put(Persona.OWN_MEMBER, keystone.issueToken("demo", "demo"));
        tokens.put(Persona.OTHER_MEMBER, keystone.issueToken("alt_demo", "alt_demo"));
        tokens.put(Persona.OWN_READER, keystone.issueToken("demo_reader", "demo"));
        tokens.put(Persona.OTHER_ADMIN, keystone.issueToken("admin", "admin"));
        tokens.put(Persona.BAD_TOKEN, "gAAAAABnot-a-token-keystone-ever-issued");
        otherScopes.put("system-scoped admin", keystone.issueSystemToken("admin", "admin"));
        otherScopes.put("domain-scoped admin", keystone.issueDomainToken("admin", "admin"));
        otherScopes.put("domain-scoped member", keystone.issueDomainToken("demo", "member"));
    }

    @AfterAll
    void stop() {
        if (laos != null) {
            laos.close();
        }
        if (keystone != null) {
            keystone.close();
        }
    }

    @Override
    protected KeystoneLaos laos() {
        return laos;
    }

    @Override
    protected String ownProject() {
        return keystone.projectId("demo");
    }

    @Override
    protected Map<String, String> otherScopeTokens() {
        return otherScopes;
    }

    @Override
    protected String token(Persona persona) {
        return tokens.get(persona);
    }
}
