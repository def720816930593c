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
package io.laos.api.metrics;

import com.codahale.metrics.MetricRegistry;
import io.prometheus.metrics.exporter.servlet.jakarta.PrometheusMetricsServlet;
import io.prometheus.metrics.instrumentation.dropwizard.DropwizardExports;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.servlet.Servlet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the Dropwizard metric registry (everything {@code /metrics} shows) in Prometheus'
 * text format at {@value #PATH} on the admin port. Names are the Dropwizard names with every
 * character Prometheus does not allow made {@code _}: the timer
 * {@code laos.api.requests.AppResource.list} becomes the summary
 * {@code laos_api_requests_AppResource_list} (quantiles in seconds, and {@code _count}), meters
 * and counters become counters ending in {@code _total}, gauges stay gauges.
 */
public final class PrometheusExport {
    public static final String PATH = "/metrics/prometheus";
    private static final Logger LOG = LoggerFactory.getLogger(PrometheusExport.class);

    private PrometheusExport() {
    }

    /**
     * The servlet, for {@code env.admin().addServlet("prometheus",
     * PrometheusExport.servlet(env.metrics())).addMapping(PrometheusExport.PATH)}.
     */
    public static Servlet servlet(MetricRegistry metrics) {
        PrometheusRegistry registry = new PrometheusRegistry();
        DropwizardExports.builder().dropwizardRegistry(metrics)
                .invalidMetricHandler((name, e) -> {
                    // One broken gauge must not fail the whole scrape.
                    LOG.debug("Metric {} left out of the Prometheus export: {}", name,
                            e.toString());
                    return true;
                })
                .register(registry);
        return new PrometheusMetricsServlet(registry);
    }
}
