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
package io.laos.api.run;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.DataSize;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MinDataSize;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.concurrent.TimeUnit;

/** The {@code runs:} section of the config: limits, the async pool, call records, retention. */
public class RunsConfiguration {

    /** The largest request body of a sync run; 413 above it. */
    @NotNull
    @JsonProperty
    private DataSize maxRunBodySize = DataSize.mebibytes(6);

    /** The largest request body of an async run (it is stored with the call record). */
    @NotNull
    @JsonProperty
    private DataSize maxAsyncBodySize = DataSize.mebibytes(1);

    /** Async calls run at the same time by this process. */
    @Min(1)
    @Max(1024)
    @JsonProperty
    private int asyncWorkers = 8;

    /** Async calls waiting in memory for a worker; 503 beyond. */
    @Min(1)
    @Max(1_000_000)
    @JsonProperty
    private int asyncQueueSize = 1000;

    /** On shutdown, how long running async calls may take to finish. */
    @NotNull
    @JsonProperty
    private Duration asyncDrainTimeout = Duration.seconds(30);

    /** Call records older than this are deleted. */
    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.HOURS)
    @JsonProperty
    private Duration callRetention = Duration.days(30);

    /** How often old call records are looked for. */
    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.SECONDS)
    @JsonProperty
    private Duration retentionInterval = Duration.hours(1);

    /** Sync call records written per database batch. */
    @Min(1)
    @Max(10_000)
    @JsonProperty
    private int recordBatchSize = 500;

    /** How long a sync call record may wait to join a batch. */
    @NotNull
    @JsonProperty
    private Duration recordFlushInterval = Duration.milliseconds(100);

    /** Sync call records waiting to be written; beyond it, requests write their own. */
    @Min(1)
    @Max(1_000_000)
    @JsonProperty
    private int recordQueueSize = 10_000;

    /** The most of a function's log kept per call (the rest is cut, and marked so). */
    @NotNull
    @MinDataSize(0)
    @JsonProperty
    private DataSize maxLogSize = DataSize.kibibytes(64);

    /**
     * How long a route looked up by the run path is kept in memory. Changes made through this
     * process apply at once; changes made through another LaOS process after at most this long.
     * Zero looks every run up in the database.
     */
    @NotNull
    @JsonProperty
    private Duration routeCacheTtl = Duration.seconds(1);

    /** This process's name in async call records; default: the host name. */
    @JsonProperty
    private String nodeName;

    public DataSize getMaxRunBodySize() {
        return maxRunBodySize;
    }

    public DataSize getMaxAsyncBodySize() {
        return maxAsyncBodySize;
    }

    public int getAsyncWorkers() {
        return asyncWorkers;
    }

    public int getAsyncQueueSize() {
        return asyncQueueSize;
    }

    public Duration getAsyncDrainTimeout() {
        return asyncDrainTimeout;
    }

    public Duration getCallRetention() {
        return callRetention;
    }

    public Duration getRetentionInterval() {
        return retentionInterval;
    }

    public int getRecordBatchSize() {
        return recordBatchSize;
    }

    public Duration getRecordFlushInterval() {
        return recordFlushInterval;
    }

    public int getRecordQueueSize() {
        return recordQueueSize;
    }

    public DataSize getMaxLogSize() {
        return maxLogSize;
    }

    public Duration getRouteCacheTtl() {
        return routeCacheTtl;
    }

    public String getNodeName() {
        return nodeName;
    }
}
