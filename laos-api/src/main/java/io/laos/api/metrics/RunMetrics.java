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

import com.codahale.metrics.Meter;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import io.laos.common.model.CallOutcome;
import io.laos.common.model.CallStatus;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Run outcomes, for the run path to record: a meter per outcome, {@code laos.runs.success},
 * {@code laos.runs.error}, {@code laos.runs.timeout}, plus {@code laos.runs.queued} (async calls
 * accepted) and {@code laos.runs.rejected} (refused before running: over a limit, engine
 * unavailable), and a timer of executed time, {@code laos.runs.duration}.
 *
 * <p>Usage: build one per process ({@code new RunMetrics(env.metrics())}), then
 * {@code runMetrics.record(outcome.status())} and {@code runMetrics.executed(duration)} when a
 * call ends, {@code runMetrics.queued()} when an async call is accepted. All methods are
 * thread-safe and cheap (no allocation).
 */
public class RunMetrics {
    public static final String PREFIX = "laos.runs";

    private static final Set<Integer> REFUSALS = Set.of(413, 429, 503);

    private final Map<CallStatus, Meter> outcomes = new EnumMap<>(CallStatus.class);
    private final Meter rejected;
    private final Timer duration;

    public RunMetrics(MetricRegistry registry) {
        outcomes.put(CallStatus.SUCCESS, registry.meter(MetricRegistry.name(PREFIX, "success")));
        outcomes.put(CallStatus.ERROR, registry.meter(MetricRegistry.name(PREFIX, "error")));
        outcomes.put(CallStatus.TIMEOUT, registry.meter(MetricRegistry.name(PREFIX, "timeout")));
        outcomes.put(CallStatus.QUEUED, registry.meter(MetricRegistry.name(PREFIX, "queued")));
        rejected = registry.meter(MetricRegistry.name(PREFIX, "rejected"));
        duration = HotPathTimers.timer(registry, MetricRegistry.name(PREFIX, "duration"));
    }

    /** Records a call reaching {@code status}; {@code RUNNING} is not an outcome and ignored. */
    public void record(CallStatus status) {
        Meter meter = outcomes.get(status);
        if (meter != null) {
            meter.mark();
        }
    }

    public void success() {
        record(CallStatus.SUCCESS);
    }

    public void error() {
        record(CallStatus.ERROR);
    }

    public void timeout() {
        record(CallStatus.TIMEOUT);
    }

    public void queued() {
        record(CallStatus.QUEUED);
    }

    /** A run refused before it started (a limit, the engine unavailable). */
    public void rejected() {
        rejected.mark();
    }

    /**
     * Records how a call ended: its outcome, and either how long it ran or, for a call refused
     * before its function started (413, 429, 503: a limit, a full queue, the engine
     * unavailable), a rejection.
     */
    public void finished(CallOutcome outcome, Duration ran) {
        record(outcome.status());
        if (outcome.status() == CallStatus.ERROR && REFUSALS.contains(outcome.httpStatus())) {
            rejected();
        } else {
            executed(ran);
        }
    }

    /** How long a function ran (the billed time). */
    public void executed(Duration elapsed) {
        duration.update(elapsed);
    }
}
