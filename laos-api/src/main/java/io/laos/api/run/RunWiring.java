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

import io.dropwizard.core.server.AbstractServerFactory;
import io.dropwizard.core.server.ServerFactory;
import io.dropwizard.core.setup.Environment;
import io.laos.api.calls.CallPruner;
import io.laos.api.calls.CallService;
import io.laos.api.calls.RetentionTask;
import io.laos.api.calls.UsageService;
import io.laos.api.metrics.RunMetrics;
import io.laos.api.policy.PolicyEnforcer;
import io.laos.api.resources.RunResource;
import io.laos.api.resources.v1.CallResource;
import io.laos.api.resources.v1.UsageResource;
import io.laos.common.driver.FunctionsDriver;
import io.laos.db.dao.CallBatches;
import io.laos.db.dao.CallDao;
import io.laos.db.dao.CallQueryDao;
import io.laos.db.dao.CallRetentionDao;
import io.laos.db.dao.RunTargetDao;
import io.laos.db.dao.UsageQuery;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;

/**
 * Puts the run path together: runs (sync and async), call records, the calls and usage APIs,
 * and retention. The managed objects stop in reverse order of registration, so the async pool
 * drains before the record writer flushes, and both before the driver (registered earlier)
 * closes.
 */
public final class RunWiring {
    private static final long FIRST_PRUNE_MINUTES = 1;

    private RunWiring() {
    }

    /**
     * @param maxUnreadBytes the most of a request body that is read after the answer when the
     *                       function did not read it all (see {@code UnreadBodyFilter})
     */
    public static void install(RunsConfiguration cfg, Environment env, Jdbi jdbi,
                               FunctionsDriver driver, PolicyEnforcer policy, Clock clock,
                               long maxUnreadBytes) {
        CallDao calls = jdbi.onDemand(CallDao.class);
        RunTargetDao targets = jdbi.onDemand(RunTargetDao.class);
        long maxLog = cfg.getMaxLogSize().toBytes();
        String node = nodeName(cfg);

        RunMetrics metrics = new RunMetrics(env.metrics());
        CallRecorder recorder = new CallRecorder(
                (batch, logs) -> CallBatches.insertFinished(jdbi, batch, logs),
                cfg.getRecordQueueSize(),
                cfg.getRecordBatchSize(),
                Duration.ofMillis(cfg.getRecordFlushInterval().toMilliseconds()));
        AsyncRunner async = new AsyncRunner(calls,
                new AsyncCallExecutor(calls, targets, driver, node, maxLog, clock, metrics), node,
                cfg, clock, metrics);
        env.lifecycle().manage(recorder);
        env.lifecycle().manage(async);

        SyncRunner sync = new SyncRunner(driver, recorder, cfg.getMaxRunBodySize().toBytes(),
                maxLog, clock, metrics);
        RunTargets runTargets = new RunTargets(targets,
                Duration.ofMillis(cfg.getRouteCacheTtl().toMilliseconds()));
        env.jersey().register(new RunTargetInvalidation(runTargets));
        RunService runs = new RunService(runTargets, policy, sync, async, clock);
        env.jersey().register(new RunResource(runs));
        // Ahead of the servlet filters and Jersey, inside the application's context.
        env.getApplicationContext().insertHandler(new PublicRunHandler(runs,
                env.getObjectMapper(), cfg.getMaxRunBodySize().toBytes(), maxUnreadBytes));
        env.jersey().register(new CallResource(
                new CallService(calls, jdbi.onDemand(CallQueryDao.class), policy)));
        env.jersey().register(new UsageResource(
                new UsageService(new UsageQuery(jdbi), policy, clock)));

        long every = cfg.getRetentionInterval().toMilliseconds();
        ScheduledExecutorService scheduler = env.lifecycle()
                .scheduledExecutorService("laos-call-retention").threads(1).build();
        scheduler.scheduleWithFixedDelay(new RetentionTask(
                        new CallPruner(jdbi.onDemand(CallRetentionDao.class)),
                        Duration.ofMillis(cfg.getCallRetention().toMilliseconds()), clock),
                Math.min(every, TimeUnit.MINUTES.toMillis(FIRST_PRUNE_MINUTES)), every,
                TimeUnit.MILLISECONDS);
    }

    /**
     * Keeps the server's gzip off the run paths: a function's answer reaches the caller with
     * the headers and bytes the function gave (it may compress them itself), and compressing
     * on the hot path would cost CPU that the API's small JSON answers do not. The server is
     * built after the application's run(), so this still applies.
     */
    public static void passAnswersUncompressed(ServerFactory server) {
        if (server instanceof AbstractServerFactory factory) {
            Set<String> excluded = new HashSet<>();
            if (factory.getGzipFilterFactory().getExcludedPaths() != null) {
                excluded.addAll(factory.getGzipFilterFactory().getExcludedPaths());
            }
            excluded.addAll(List.of("/r/*", "/v1/r/*"));
            factory.getGzipFilterFactory().setExcludedPaths(excluded);
        }
    }

    /** The configured node name, else the host name (what start-up recovery goes by). */
    static String nodeName(RunsConfiguration cfg) {
        if (cfg.getNodeName() != null && !cfg.getNodeName().isBlank()) {
            return cfg.getNodeName();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "laos";
        }
    }
}
