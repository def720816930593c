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

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import io.laos.common.driver.EngineApp;
import io.laos.common.driver.EngineRoute;
import io.laos.common.model.RunTarget;
import io.laos.db.dao.RunTargetDao;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Finds what a run path names: one query joining the app and the route, kept for a short time
 * (with what the driver needs, built once) so that the run path makes no database round trip.
 * Writes through this process's API drop the app's entries at once
 * ({@link RunTargetInvalidation}); writes through another LaOS process are seen after at most
 * the cache's time to live. Misses (404) are never kept, so a new route runs at once.
 *
 * <p>A target that is run keeps being served from memory: once it is half its time to live
 * old, the next run starts a reload in the background and is answered from the entry it has.
 * Were it simply to expire, every run arriving while one of them read the database would wait
 * for that read, once per time to live: a stall in the run path's latency each second under
 * load, the database being busiest then. A target not run for a whole time to live is gone,
 * so none is ever older than that; a reload that fails leaves the entry to expire.
 */
class RunTargets {
    static final long MAX_ENTRIES = 10_000;

    /** A run target with its engine-side app and route. */
    record Resolved(RunTarget target, EngineApp engineApp, EngineRoute engineRoute) {
        static Resolved of(RunTarget t) {
            return new Resolved(t, new EngineApp(t.app().engineName(), t.app().config()),
                    EngineRoute.of(t.route()));
        }
    }

    private record Key(String projectId, String appName, String path) {
    }

    private final RunTargetDao dao;
    private final LoadingCache<Key, Resolved> cache;
    // Bumped by every invalidation: a lookup that raced with one does not cache what it read.
    private final AtomicLong generation = new AtomicLong();

    /** @param ttl how long a target is kept; zero keeps none */
    RunTargets(RunTargetDao dao, Duration ttl) {
        this(dao, ttl, ForkJoinPool.commonPool(), Ticker.systemTicker());
    }

    /**
     * @param reloads runs the background reloads (a database read each)
     * @param ticker  the cache's clock
     */
    RunTargets(RunTargetDao dao, Duration ttl, Executor reloads, Ticker ticker) {
        this.dao = dao;
        Duration reloadAfter = ttl.dividedBy(2).isZero() ? ttl : ttl.dividedBy(2);
        this.cache = ttl.isZero() ? null : Caffeine.newBuilder().maximumSize(MAX_ENTRIES)
                .expireAfterWrite(ttl).refreshAfterWrite(reloadAfter)
                .executor(reloads).ticker(ticker)
                .build(this::load);
    }

    Optional<Resolved> find(String projectId, String appName, String path) {
        if (cache == null) {
            return dao.find(projectId, appName, path).map(Resolved::of);
        }
        Key key = new Key(projectId, appName, path);
        long before = generation.get();
        // One load per key at a time: a target not in memory is read by one request while
        // the others for it wait. A miss (null) is not kept.
        Resolved found = cache.get(key);
        if (found != null && generation.get() != before) {
            // An app was written to meanwhile: what was read may predate it. (A background
            // reload that overlaps a write is dropped by the cache itself.)
            cache.invalidate(key);
        }
        return Optional.ofNullable(found);
    }

    private Resolved load(Key key) {
        return dao.find(key.projectId(), key.appName(), key.path()).map(Resolved::of)
                .orElse(null);
    }

    /** Forgets every route of an app (after a write to the app or one of its routes). */
    void invalidate(String projectId, String appName) {
        if (cache != null) {
            generation.incrementAndGet();
            cache.asMap().keySet().removeIf(k -> k.projectId().equals(projectId)
                    && k.appName().equals(appName));
        }
    }
}
