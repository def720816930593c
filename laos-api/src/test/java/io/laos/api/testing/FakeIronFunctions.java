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

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * An in-process, stateful IronFunctions 0.2.72 built from {@code ironfunctions/API.md}: the v1
 * management API with the real server's statuses, messages, merge semantics and
 * datastore-dependent deletes, {@code GET /version}, and function runs on {@code /r/...}
 * (see {@link FakeRunHandler} for the built-in images). It listens on 127.0.0.1 on an
 * ephemeral port.
 *
 * <pre>
 * try (FakeIronFunctions engine = FakeIronFunctions.start()) {
 *     driver = ... engine.url() ...;
 *     engine.failNext("POST", "/v1/apps", 500, "{\"error\":{\"message\":\"boom\"}}");
 *     assertThat(engine.calls("GET", "/v1/")).isZero();
 * }
 * </pre>
 *
 * <p>Test hooks: a request log ({@link #requests()}, {@link #calls}), one-shot faults
 * ({@link #failNext}, {@link #dropNext}, {@link #delayNext}), {@link #stop()} to make it
 * unreachable, {@link #requireJwt} to emulate {@code JWT_AUTH_KEY}, state snapshots
 * ({@link #apps()}, {@link #routes(String)}) and seeding ({@link #putApp}, {@link #putRoute}).
 */
public final class FakeIronFunctions implements AutoCloseable {

    /** Which IronFunctions datastore to imitate where they differ (API.md 8). */
    public enum Datastore { BOLT, SQL }

    /** A request held by {@link #delayNext} until released. */
    public static final class Hold {
        private final String method;
        private final String pathPrefix;
        private final CountDownLatch arrived = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        private Hold(String method, String pathPrefix) {
            this.method = method;
            this.pathPrefix = pathPrefix;
        }

        /** Waits until the held request has reached the fake; false on timeout. */
        public boolean awaitArrival(Duration timeout) throws InterruptedException {
            return arrived.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        /** Lets the held request go on to be answered normally. */
        public void release() {
            released.countDown();
        }
    }

    private record Fault(String method, String pathPrefix, int status, String contentType,
                         String body) {
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final FakeStore store;
    private final FakeApiHandler api;
    private final FakeRunHandler runs;
    private final List<RecordedRequest> log = new CopyOnWriteArrayList<>();
    private final List<Fault> faults = new ArrayList<>();
    private final List<Hold> holds = new ArrayList<>();
    private final List<Hold> allHolds = new CopyOnWriteArrayList<>();
    private volatile FakeJwt jwt;
    private volatile boolean stopped;

    private FakeIronFunctions(Datastore datastore) throws IOException {
        store = new FakeStore(datastore);
        api = new FakeApiHandler(store);
        runs = new FakeRunHandler(store);
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-ironfunctions");
            t.setDaemon(true);
            return t;
        });
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::dispatch);
        server.setExecutor(executor);
        server.start();
    }

    /** Starts a fake with the default (bolt) datastore behaviour. */
    public static FakeIronFunctions start() {
        return start(Datastore.BOLT);
    }

    public static FakeIronFunctions start(Datastore datastore) {
        try {
            return new FakeIronFunctions(datastore);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The root URL, e.g. {@code http://127.0.0.1:41234} (still answers after stop: refused). */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Makes the engine unreachable: the port is closed, open connections are dropped. */
    public void stop() {
        if (!stopped) {
            stopped = true;
            allHolds.forEach(Hold::release);
            runs.releaseSlowCalls();
            server.stop(0);
        }
    }

    @Override
    public void close() {
        stop();
        executor.shutdownNow();
    }

    // ---- state -------------------------------------------------------------------------

    /** The apps, sorted by name. */
    public Map<String, FakeApp> apps() {
        Map<String, FakeApp> out = new LinkedHashMap<>();
        store.apps().forEach(a -> out.put(a.name(), a));
        return out;
    }

    /** An app's routes by path; empty for an unknown app. */
    public Map<String, FakeRoute> routes(String app) {
        return store.routesSnapshot(app);
    }

    /** Seeds an app as given, without validation. */
    public void putApp(String name, Map<String, String> config) {
        store.putApp(new FakeApp(name, config));
    }

    /** Seeds a route (and its app) as given, without validation: drift, async routes... */
    public void putRoute(FakeRoute route) {
        store.putRoute(route);
    }

    // ---- functions ---------------------------------------------------------------------

    /** What a route with this image does when run; replaces a built-in image of that name. */
    public void onImage(String image, FakeFunction function) {
        runs.onImage(image, function);
    }

    /** Makes every waiting (and every later) {@code slow} call time out at once. */
    public void releaseSlowCalls() {
        runs.releaseSlowCalls();
    }

    // ---- hooks -------------------------------------------------------------------------

    /** Every request received, in order. */
    public List<RecordedRequest> requests() {
        return List.copyOf(log);
    }

    /** How many requests matched; {@code method} may be "*" for any. */
    public int calls(String method, String pathPrefix) {
        return (int) log.stream().filter(r -> r.matches(method, pathPrefix)).count();
    }

    /** Total number of requests received. */
    public int calls() {
        return log.size();
    }

    public void clearRequests() {
        log.clear();
    }

    /** The next matching request gets this raw answer (JSON content type) instead. */
    public void failNext(String method, String pathPrefix, int status, String body) {
        failNext(method, pathPrefix, status, "application/json; charset=utf-8", body);
    }

    /** The same with a content type, e.g. the {@code text/plain} of "Invalid JSON" 400s. */
    public synchronized void failNext(String method, String pathPrefix, int status,
                                      String contentType, String body) {
        faults.add(new Fault(method, pathPrefix, status, contentType, body));
    }

    /** The next matching request is dropped without any answer, as after a Go panic. */
    public synchronized void dropNext(String method, String pathPrefix) {
        faults.add(new Fault(method, pathPrefix, -1, null, null));
    }

    /** The next matching request waits, once received, until the returned hold is released. */
    public synchronized Hold delayNext(String method, String pathPrefix) {
        Hold hold = new Hold(method, pathPrefix);
        holds.add(hold);
        allHolds.add(hold);
        if (stopped) {
            hold.release();
        }
        return hold;
    }

    /** Emulates {@code JWT_AUTH_KEY}: registered {@code /v1} endpoints need a bearer token. */
    public void requireJwt(String key) {
        jwt = key == null ? null : new FakeJwt(key);
    }

    // ---- dispatch ----------------------------------------------------------------------

    private void dispatch(HttpExchange ex) throws IOException {
        try {
            String method = ex.getRequestMethod();
            String path = ex.getRequestURI().getPath();
            boolean isRun = path.startsWith("/r/");
            byte[] body = isRun ? null : ex.getRequestBody().readAllBytes();
            Map<String, List<String>> headers = new LinkedHashMap<>();
            ex.getRequestHeaders().forEach((k, v) -> headers.put(k, List.copyOf(v)));
            RecordedRequest request = new RecordedRequest(method, path,
                    ex.getRequestURI().getRawQuery(), headers,
                    body == null ? null : new String(body, StandardCharsets.UTF_8));
            log.add(request);

            Hold hold = take(holds, h -> request.matches(h.method, h.pathPrefix));
            if (hold != null) {
                hold.arrived.countDown();
                hold.released.await();
            }
            Fault fault = take(faults, f -> request.matches(f.method(), f.pathPrefix()));
            if (fault != null) {
                if (fault.status() < 0) {
                    ex.close(); // no headers were sent: the connection is simply closed
                } else {
                    FakeHttp.send(ex, fault.status(), fault.contentType(),
                            fault.body().getBytes(StandardCharsets.UTF_8));
                }
                return;
            }
            route(ex, method, path, body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ex.close();
        } catch (RuntimeException e) {
            // An unexpected failure in the fake itself: like a Go panic, no answer at all.
            ex.close();
            throw e;
        }
    }

    private void route(HttpExchange ex, String method, String path, byte[] body)
            throws IOException, InterruptedException {
        if (path.startsWith("/r/")) {
            runs.handle(ex, method, path);
        } else if (path.equals("/version") && method.equals("GET")) {
            FakeHttp.sendJson(ex, 200, FakeHttp.object().put("version", "0.2.72"));
        } else if (path.equals("/") && method.equals("GET")) {
            FakeHttp.sendJson(ex, 200, FakeHttp.object()
                    .put("goto", "https://github.com/iron-io/functions").put("hello", "world!"));
        } else if (path.equals("/v1/routes") && method.equals("GET")) {
            ex.close(); // broken since 0.1.93: a panic, the connection is dropped (API.md 4.1)
        } else if (FakeApiHandler.isRegistered(method, path)) {
            FakeJwt key = jwt;
            if (key != null && !key.accepts(ex.getRequestHeaders().getFirst("Authorization"))) {
                FakeHttp.sendJson(ex, 401, FakeHttp.object()
                        .put("error", "Invalid API Authorization token."));
                return;
            }
            api.handle(ex, method, path, body);
        } else {
            FakeHttp.sendNotFound(ex);
        }
    }

    private synchronized <T> T take(List<T> list, Predicate<T> match) {
        for (Iterator<T> it = list.iterator(); it.hasNext(); ) {
            T item = it.next();
            if (match.test(item)) {
                it.remove();
                return item;
            }
        }
        return null;
    }
}
