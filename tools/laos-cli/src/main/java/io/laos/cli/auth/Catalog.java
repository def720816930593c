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

import com.fasterxml.jackson.databind.JsonNode;
import io.laos.cli.CliException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Finds LaOS's endpoint in a Keystone v3 token's service catalog. */
public final class Catalog {
    private Catalog() {
    }

    /**
     * The URL of the first endpoint of a service of {@code serviceType} with the interface
     * (keystoneauth's {@code publicURL} spelling accepted) and, when one is given, the region
     * (by name or id). An error lists what the catalog does have.
     */
    public static String endpoint(JsonNode catalog, String serviceType, String iface,
                                  String region) {
        String wanted = normalise(iface);
        List<String> seen = new ArrayList<>();
        boolean typeFound = false;
        for (JsonNode service : catalog) {
            if (!serviceType.equals(service.path("type").asText())) {
                continue;
            }
            typeFound = true;
            for (JsonNode endpoint : service.path("endpoints")) {
                String epInterface = endpoint.path("interface").asText();
                String epRegion = endpoint.path("region_id").asText(
                        endpoint.path("region").asText(""));
                seen.add(epInterface + (epRegion.isEmpty() ? "" : " in " + epRegion));
                boolean regionMatches = region == null || region.equals(epRegion)
                        || region.equals(endpoint.path("region").asText());
                if (wanted.equals(epInterface) && regionMatches) {
                    return endpoint.path("url").asText();
                }
            }
        }
        if (!typeFound) {
            throw new CliException("The catalog has no service of type '" + serviceType
                    + "' (set the type with --os-service-type, or the URL with --os-endpoint)");
        }
        throw new CliException("The catalog has no " + wanted + " endpoint of '" + serviceType
                + "'" + (region == null ? "" : " in region " + region) + " (it has: "
                + String.join(", ", seen) + ")");
    }

    private static String normalise(String iface) {
        String value = iface == null ? "public" : iface.toLowerCase(Locale.ROOT);
        return value.endsWith("url") ? value.substring(0, value.length() - 3) : value;
    }
}
