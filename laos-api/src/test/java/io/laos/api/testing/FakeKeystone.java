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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-process Keystone v3 for tests, on 127.0.0.1 and an ephemeral port, speaking the token
 * API: {@code POST /v3/auth/tokens} (password login, project scope; with the catalog unless
 * {@code ?nocatalog}), {@code GET} (validation: 200, 404 for unknown/revoked/expired tokens,
 * 401 when the caller's own token is bad, 403 when it may not validate others' tokens) and
 * {@code DELETE} (revocation). Like Keystone behind uwsgi, it refuses chunked or compressed
 * login bodies. Tests can stop it and start it again on the same port, make it fail or hang,
 * and count the calls it received. Roles imply as in Keystone: admin, member, reader.
 */
public final class FakeKeystone implements AutoCloseable {
    public static final String SERVICE_USER = "laos";
    public static final String SERVICE_PASSWORD = "laos-service-secret";
    public static final String SERVICE_PROJECT = "service";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeIdentity identity;
    private final AtomicInteger validations = new AtomicInteger();
    private final AtomicInteger logins = new AtomicInteger();
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-keystone");
        t.setDaemon(true);
        return t;
    });
    private volatile HttpServer server;
    private volatile int port;
    private volatile int failStatus;
    private volatile boolean rejectServiceTokens;
    private volatile CountDownLatch hold;
    private volatile String catalogUrl = "http://127.0.0.1:10001";

    private FakeKeystone(Clock clock) {
        this.identity = new FakeIdentity(clock);
        identity.user(SERVICE_USER, SERVICE_PASSWORD, SERVICE_PROJECT, "service");
    }

    /** A running fake on real time, with LaOS's service user (role {@code service}). */
    public static FakeKeystone start() {
        return start(Clock.systemUTC());
    }

    /** A running fake whose tokens expire by {@code clock}. */
    public static FakeKeystone start(Clock clock) {
        FakeKeystone k = new FakeKeystone(clock);
        k.listen(0);
        return k;
    }

    /** The v3 base URL, e.g. {@code http://127.0.0.1:PORT/v3}. */
    public String url() {
        return "http://127.0.0.1:" + port + "/v3";
    }

    public int port() {
        return port;
    }

    /**
     * Adds the fixture that tools/keystone/start-keystone.sh creates in a real Keystone:
     * {@code demo} (member of demo), {@code alt_demo} (member of alt_demo), {@code demo_reader}
     * (reader of demo) and {@code admin} (admin of admin), all with {@code password}.
     */
    public FakeKeystone withStandardFixture(String password) {
        addUser("demo", password, "demo", "member");
        addUser("alt_demo", password, "alt_demo", "member");
        addUser("demo_reader", password, "demo", "reader");
        addUser("admin", password, "admin", "admin");
        return this;
    }

    /** Creates (or extends) a user with {@code roles} on {@code project}; its id. */
    public String addUser(String name, String password, String project, String... roles) {
        return identity.user(name, password, project, roles);
    }

    public String projectId(String name) {
        return identity.project(name);
    }

    /** A token for a user in a project, issued without HTTP (not counted as a login). */
    public String issueToken(String user, String project) {
        return identity.issue(user, project).id();
    }

    /** An access rule of an application credential, as Keystone stores it. */
    public record AccessRule(String service, String method, String path) {
    }

    /**
     * A token of an application credential of {@code user} on {@code project}, limited by
     * {@code rules} (none: an application credential without access rules).
     */
    public String issueAppCredentialToken(String user, String project, AccessRule... rules) {
        return identity.issueWithAccessRules(user, project, List.of(rules)).id();
    }

    /** A system-scoped ({@code all}) token of {@code user} with {@code roles}. */
    public String issueSystemToken(String user, String... roles) {
        return identity.issueScoped(user, FakeIdentity.OtherScope.SYSTEM, roles).id();
    }

    /** A token of {@code user} scoped to the {@code Default} domain, with {@code roles}. */
    public String issueDomainToken(String user, String... roles) {
        return identity.issueScoped(user, FakeIdentity.OtherScope.DOMAIN, roles).id();
    }

    public void revoke(String token) {
        identity.revoke(token);
    }

    /** Revokes every token of a user (e.g. LaOS's service token, to force a renewal). */
    public void revokeTokensOf(String user) {
        identity.revokeAllOf(user);
    }

    /** Makes every validation answer 401, as if Keystone refused any service token. */
    public void rejectServiceTokens(boolean reject) {
        rejectServiceTokens = reject;
    }

    /** Lifetime of the tokens issued from now on (Keystone's default: one hour). */
    public void tokenLifetime(Duration d) {
        identity.lifetime(d);
    }

    /** Every request answers this status from now on (0: behave). */
    public void failWith(int status) {
        failStatus = status;
    }

    /** Validations wait (unanswered) until {@link #release()}. */
    public void hold() {
        hold = new CountDownLatch(1);
    }

    public void release() {
        CountDownLatch h = hold;
        hold = null;
        if (h != null) {
            h.countDown();
        }
    }

    public void catalogUrl(String url) {
        catalogUrl = url;
    }

    /** {@code GET /v3/auth/tokens} calls received. */
    public int validations() {
        return validations.get();
    }

    /** Waits until at least {@code n} validations have arrived (held ones included). */
    public void awaitValidations(int n) throws InterruptedException {
        synchronized (validations) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (validations.get() < n && System.nanoTime() < deadline) {
                validations.wait(TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()) + 1);
            }
        }
    }

    /** {@code POST /v3/auth/tokens} calls received. */
    public int logins() {
        return logins.get();
    }

    /** Down: connections are refused until {@link #restart()}. */
    public synchronized void stop() {
        release();
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** Up again, on the same port. */
    public synchronized void restart() {
        if (server == null) {
            listen(port);
        }
    }

    @Override
    public void close() {
        stop();
        threads.shutdownNow();
    }

    private void listen(int onPort) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                    onPort), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/v3", this::handle);
        server.start();
        port = server.getAddress().getPort();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            if (!ex.getRequestURI().getPath().equals("/v3/auth/tokens")) {
                send(ex, 404, error(404, "Not Found", "no such resource"));
                return;
            }
            if (method.equals("GET")) {
                synchronized (validations) {
                    validations.incrementAndGet();
                    validations.notifyAll();
                }
                awaitRelease();
            } else if (method.equals("POST")) {
                logins.incrementAndGet();
            }
            if (failStatus != 0) {
                send(ex, failStatus, error(failStatus, "Failure", "injected failure"));
                return;
            }
            switch (method) {
                case "POST" -> login(ex);
                case "GET" -> validate(ex);
                case "DELETE" -> revoke(ex);
                default -> send(ex, 405, error(405, "Method Not Allowed", method));
            }
        }
    }

    private void login(HttpExchange ex) throws IOException {
        // Keystone behind uwsgi's HTTP socket sees an empty body when it is chunked.
        String encoding = header(ex, "Transfer-Encoding") + " " + header(ex, "Content-Encoding");
        if (encoding.contains("chunked") || encoding.contains("gzip")) {
            send(ex, 400, error(400, "Bad Request", "Expecting to find auth in request body."));
            return;
        }
        JsonNode auth = JSON.readTree(ex.getRequestBody()).path("auth");
        JsonNode user = auth.path("identity").path("password").path("user");
        JsonNode project = auth.path("scope").path("project");
        Optional<FakeIdentity.Token> token = identity.login(user.path("name").asText(),
                user.path("password").asText(), project.isMissingNode() ? null
                        : project.path("name").asText());
        if (token.isEmpty()) {
            send(ex, 401, error(401, "Unauthorized", "The request you have made requires"
                    + " authentication."));
            return;
        }
        ex.getResponseHeaders().add("X-Subject-Token", token.get().id());
        send(ex, 201, identity.render(token.get(), withCatalog(ex)));
    }

    private void validate(HttpExchange ex) throws IOException {
        Optional<FakeIdentity.Token> caller = identity.live(header(ex, "X-Auth-Token"));
        if (caller.isEmpty() || rejectServiceTokens) {
            send(ex, 401, error(401, "Unauthorized", "The request you have made requires"
                    + " authentication."));
            return;
        }
        Optional<FakeIdentity.Token> subject = identity.live(header(ex, "X-Subject-Token"));
        if (subject.isEmpty()) {
            send(ex, 404, error(404, "Not Found", "Could not find token."));
            return;
        }
        boolean privileged = caller.get().allows("admin") || caller.get().allows("service");
        if (!privileged && !subject.get().user().equals(caller.get().user())) {
            send(ex, 403, error(403, "Forbidden", "You are not authorized."));
            return;
        }
        ex.getResponseHeaders().add("X-Subject-Token", subject.get().id());
        send(ex, 200, identity.render(subject.get(), withCatalog(ex)));
    }

    private void revoke(HttpExchange ex) throws IOException {
        if (identity.live(header(ex, "X-Auth-Token")).isEmpty()) {
            send(ex, 401, error(401, "Unauthorized", "authentication required"));
            return;
        }
        boolean revoked = identity.revoke(header(ex, "X-Subject-Token"));
        send(ex, revoked ? 204 : 404, revoked ? null : error(404, "Not Found", "no token"));
    }

    private void awaitRelease() {
        CountDownLatch h = hold;
        if (h != null) {
            try {
                h.await(60, TimeUnit.SECONDS); // a bound so a broken test cannot hang forever
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private String withCatalog(HttpExchange ex) {
        String query = ex.getRequestURI().getRawQuery();
        return query != null && query.contains("nocatalog") ? null : catalogUrl;
    }

    private static String header(HttpExchange ex, String name) {
        return ex.getRequestHeaders().getFirst(name);
    }

    private static String error(int code, String title, String message) {
        return JSON.createObjectNode().set("error", JSON.createObjectNode().put("code", code)
                .put("title", title).put("message", message)).toString();
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        if (body == null) {
            ex.sendResponseHeaders(status, -1);
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
    }
}
