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

import com.codahale.metrics.Clock;
import com.codahale.metrics.Meter;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.glassfish.jersey.server.monitoring.ApplicationEvent;
import org.glassfish.jersey.server.monitoring.ApplicationEventListener;
import org.glassfish.jersey.server.monitoring.RequestEvent;
import org.glassfish.jersey.server.monitoring.RequestEventListener;

/**
 * Request metrics for every resource method, without annotating the resources: a timer per
 * method, {@code laos.api.requests.<ResourceClass>.<method>} (for example
 * {@code laos.api.requests.AppResource.create}), and a meter per status class,
 * {@code laos.api.responses.2xx} ... {@code 5xx}. A request is timed from its arrival in Jersey
 * until its response is written (streamed run answers included). Register it with
 * {@code env.jersey().register(new RequestMetricsListener(env.metrics()))}.
 */
public class RequestMetricsListener implements ApplicationEventListener {
    public static final String REQUESTS = "laos.api.requests";
    public static final String RESPONSES = "laos.api.responses";

    private final MetricRegistry registry;
    private final Clock clock;
    private final Meter[] statusClasses = new Meter[6];
    private final Map<Method, Timer> timers = new ConcurrentHashMap<>();

    public RequestMetricsListener(MetricRegistry registry) {
        this.registry = registry;
        this.clock = Clock.defaultClock();
        for (int i = 1; i <= 5; i++) {
            statusClasses[i] = registry.meter(MetricRegistry.name(RESPONSES, i + "xx"));
        }
    }

    @Override
    public void onEvent(ApplicationEvent event) {
        // Nothing at the application level.
    }

    @Override
    public RequestEventListener onRequest(RequestEvent requestEvent) {
        return new Request(clock.getTick());
    }

    /** The timer of a resource method, made on its first request. */
    Timer timer(ResourceMethod method) {
        Method java = method.getInvocable().getDefinitionMethod();
        return timers.computeIfAbsent(java, m -> registry.timer(MetricRegistry.name(REQUESTS,
                m.getDeclaringClass().getSimpleName(), m.getName())));
    }

    private void finished(RequestEvent event, long startTick) {
        ResourceMethod method = event.getUriInfo().getMatchedResourceMethod();
        if (method != null) {
            timer(method).update(clock.getTick() - startTick, TimeUnit.NANOSECONDS);
        }
        // No response means an exception no mapper handled: the client got a 500.
        int status = event.getContainerResponse() == null ? 500
                : event.getContainerResponse().getStatus();
        int statusClass = status / 100;
        if (statusClass >= 1 && statusClass <= 5) {
            statusClasses[statusClass].mark();
        }
    }

    /**
     * Records a request once its status is final: when the response filters are done, before
     * the body goes out, so that a client that has its answer also finds it counted (a
     * scrape right after a request sees that request). A request that never got there (an
     * exception no mapper handled) is recorded when it finishes.
     */
    private final class Request implements RequestEventListener {
        private final long startTick;
        private boolean recorded;

        Request(long startTick) {
            this.startTick = startTick;
        }

        @Override
        public void onEvent(RequestEvent event) {
            RequestEvent.Type type = event.getType();
            if (!recorded && (type == RequestEvent.Type.RESP_FILTERS_FINISHED
                    || type == RequestEvent.Type.FINISHED)) {
                recorded = true;
                finished(event, startTick);
            }
        }
    }
}
