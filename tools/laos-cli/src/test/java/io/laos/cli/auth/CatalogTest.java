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
package io.laos.cli.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.laos.cli.CliException;
import org.junit.jupiter.api.Test;

class CatalogTest {
    private static final JsonNode CATALOG = parse("""
            [
              {"type": "identity", "name": "keystone", "endpoints": [
                {"interface": "public", "region": "RegionOne", "url": "http://k/identity"}]},
              {"type": "functions", "name": "laos", "endpoints": [
                {"interface": "public", "region": "RegionOne", "region_id": "RegionOne",
                 "url": "http://one-public:10001"},
                {"interface": "internal", "region": "RegionOne", "region_id": "RegionOne",
                 "url": "http://one-internal:10001"},
                {"interface": "public", "region": "RegionTwo", "region_id": "RegionTwo",
                 "url": "http://two-public:10001"},
                {"interface": "admin", "region": "RegionTwo", "region_id": "RegionTwo",
                 "url": "http://two-admin:10001"}]},
              {"type": "functions-other", "endpoints": [
                {"interface": "public", "region": "RegionOne", "url": "http://other"}]}
            ]""");

    private static JsonNode parse(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void thePublicEndpointOfTheFirstRegionByDefault() {
        assertThat(Catalog.endpoint(CATALOG, "functions", null, null))
                .isEqualTo("http://one-public:10001");
    }

    @Test
    void theInterfaceIsHonoured() {
        assertThat(Catalog.endpoint(CATALOG, "functions", "internal", null))
                .isEqualTo("http://one-internal:10001");
        assertThat(Catalog.endpoint(CATALOG, "functions", "internalURL", null))
                .isEqualTo("http://one-internal:10001");
    }

    @Test
    void theRegionIsHonoured() {
        assertThat(Catalog.endpoint(CATALOG, "functions", "public", "RegionTwo"))
                .isEqualTo("http://two-public:10001");
        assertThat(Catalog.endpoint(CATALOG, "functions", "admin", "RegionTwo"))
                .isEqualTo("http://two-admin:10001");
    }

    @Test
    void theServiceTypeIsMatchedExactly() {
        assertThat(Catalog.endpoint(CATALOG, "functions-other", null, null))
                .isEqualTo("http://other");
    }

    @Test
    void aMissingEndpointIsExplained() {
        assertThatThrownBy(() -> Catalog.endpoint(CATALOG, "functions", "admin", "RegionOne"))
                .isInstanceOf(CliException.class)
                .hasMessage("The catalog has no admin endpoint of 'functions' in region"
                        + " RegionOne (it has: public in RegionOne, internal in RegionOne,"
                        + " public in RegionTwo, admin in RegionTwo)");
        assertThatThrownBy(() -> Catalog.endpoint(CATALOG, "function-engine", null, null))
                .isInstanceOf(CliException.class)
                .hasMessageContaining("no service of type 'function-engine'");
    }

    @Test
    void theApiRootIsTheUnversionedEndpoint() {
        assertThat(Target.root("http://laos:10001/")).isEqualTo("http://laos:10001");
        assertThat(Target.root("http://h/functions")).isEqualTo("http://h/functions");
        assertThat(Target.root("http://h/functions/v1")).isEqualTo("http://h/functions");
        assertThat(Target.root("http://h:10001/v1/%(project_id)s"))
                .isEqualTo("http://h:10001");
        assertThat(new Target("http://h/", "p 1", null).apiBase())
                .isEqualTo("http://h/v1/p%201");
        assertThat(new Target("http://h", "p", null).runBase()).isEqualTo("http://h/r/p");
    }

    @Test
    void v3IsAddedToAnUnversionedAuthUrl() {
        assertThat(Keystone.v3("http://k:5000")).isEqualTo("http://k:5000/v3");
        assertThat(Keystone.v3("http://k/identity/")).isEqualTo("http://k/identity/v3");
        assertThat(Keystone.v3("http://k/identity/v3/")).isEqualTo("http://k/identity/v3");
        assertThatThrownBy(() -> Keystone.v3("http://k:5000/v2.0"))
                .hasMessageContaining("needs the Identity v3 API");
    }
}
