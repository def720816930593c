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

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.laos.api.testing.FakeFunction.Outcome;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code /r/{app}/{path...}}: looks the route up as IronFunctions does (API.md 5.1), runs the
 * image's {@link FakeFunction} and answers as a sync route would (5.3), or 202 with a call id
 * for an async route (5.4).
 *
 * <p>Built-in images: {@code echo} answers the stdin it got, with {@code X-Echo-Method},
 * {@code X-Echo-Query} and {@code X-Echo-Length} headers; {@code fail} exits 1; {@code slow}
 * outlives the route's timeout (it waits for the timeout, or for
 * {@link FakeIronFunctions#releaseSlowCalls()}), then answers 504 "Timed out";
 * {@code unpullable} fails before the run, as an image that cannot be pulled. Any other image
 * behaves like {@code iron/hello}: "Hello World!" (or "Hello {name}!" for a JSON stdin with a
 * {@code name}).
 */
final class FakeRunHandler {
    private final FakeStore store;
    private final Map<String, FakeFunction> functions = new ConcurrentHashMap<>();
    private volatile CountDownLatch slowRelease = new CountDownLatch(1);

    FakeRunHandler(FakeStore store) {
        this.store = store;
        functions.put("echo", FakeRunHandler::echo);
        functions.put("fail", call -> {
            call.stdin().transferTo(OutputStream.nullOutputStream());
            return Outcome.failure("exit code 1");
        });
        functions.put("slow", call -> {
            call.stdin().transferTo(OutputStream.nullOutputStream());
            slowRelease.await(call.timeout(), TimeUnit.SECONDS);
            return Outcome.timedOut();
        });
    }

    void onImage(String image, FakeFunction function) {
        functions.put(image, function);
    }

    /** Lets every waiting (and future) {@code slow} call time out now. */
    void releaseSlowCalls() {
        slowRelease.countDown();
    }

    void handle(HttpExchange ex, String method, String path) throws IOException,
            InterruptedException {
        // path is "/r/{app}/..."; "/r/{app}" alone matches no route at all.
        String rest = path.substring("/r/".length());
        int slash = rest.indexOf('/');
        if (slash <= 0) {
            FakeHttp.sendNotFound(ex);
            return;
        }
        String appName = rest.substring(0, slash);
        String routePath = FakeApiHandler.clean(rest.substring(slash));
        FakeApp app = store.apps().stream().filter(a -> a.name().equals(appName)).findFirst()
                .orElse(null);
        if (app == null) {
            FakeHttp.sendError(ex, 404, "App not found");
            return;
        }
        FakeRoute route = store.routesSnapshot(appName).get(routePath);
        if (route == null) {
            FakeHttp.sendError(ex, 404, "Route not found on that application");
            return;
        }
        String requestId = UUID.randomUUID().toString();
        if (route.type().equals("async")) {
            ex.getRequestBody().transferTo(OutputStream.nullOutputStream());
            FakeHttp.sendJson(ex, 202, FakeHttp.object().put("call_id", requestId));
            return;
        }
        FakeFunction function = functions.get(route.image());
        if (function == null && route.image().equals("unpullable")) {
            // A failure before the run: no route headers (API.md 5.3).
            sendRunError(ex, 500, requestId, "Failed to pull image '" + route.image()
                    + "': image not found", null);
            return;
        }
        if (function == null) {
            function = FakeRunHandler::hello;
        }
        FakeFunction.Call call = new FakeFunction.Call(appName, routePath, method,
                ex.getRequestURI().getRawQuery(), headers(ex), env(ex, method, app, route),
                stdin(ex, method), route.timeout());
        Outcome outcome = function.run(call);
        if (outcome.status != 200) {
            sendRunError(ex, outcome.status, requestId, outcome.error, route);
            return;
        }
        setRouteHeaders(ex, route);
        outcome.headers.forEach(ex.getResponseHeaders()::set);
        if (outcome.writer != null) {
            ex.getResponseHeaders().putIfAbsent("Content-Type",
                    List.of("application/octet-stream"));
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                outcome.writer.write(out);
            }
            ex.close();
            return;
        }
        String contentType = ex.getResponseHeaders().containsKey("Content-Type") ? null
                : sniff(outcome.stdout);
        FakeHttp.send(ex, 200, contentType, outcome.stdout);
    }

    private static Outcome hello(FakeFunction.Call call) throws IOException {
        String name = "World";
        byte[] in = call.stdin().readAllBytes();
        try {
            String given = FakeHttp.JSON.readTree(in).path("name").asText("");
            name = given.isEmpty() ? name : given;
        } catch (IOException e) {
            // Not JSON: the default greeting, as iron/hello does.
        }
        return Outcome.success(("Hello " + name + "!\n").getBytes(StandardCharsets.UTF_8));
    }

    private static Outcome echo(FakeFunction.Call call) throws IOException {
        byte[] in = call.stdin().readAllBytes();
        return Outcome.success(in).withHeader("X-Echo-Method", call.method())
                .withHeader("X-Echo-Query", call.query() == null ? "" : call.query())
                .withHeader("X-Echo-Length", String.valueOf(in.length));
    }

    /** 500/504 with the route's headers; JSON content type unless the route sets one. */
    private static void sendRunError(HttpExchange ex, int status, String requestId,
                                     String message, FakeRoute route) throws IOException {
        ObjectNode body = FakeHttp.object().put("request_id", requestId);
        body.putObject("error").put("message", message);
        if (route != null) {
            setRouteHeaders(ex, route);
        }
        String contentType = ex.getResponseHeaders().containsKey("Content-Type") ? null
                : "application/json; charset=utf-8";
        FakeHttp.send(ex, status, contentType,
                (FakeHttp.JSON.writeValueAsString(body) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Only the first value of each route header is used (Header.Set, canonical name). */
    private static void setRouteHeaders(HttpExchange ex, FakeRoute route) {
        route.headers().forEach((name, values) -> {
            if (!values.isEmpty()) {
                ex.getResponseHeaders().set(FakeHttp.canonicalKey(name), values.get(0));
            }
        });
    }

    /** POST: the body; GET: the {@code payload} query parameter; anything else: nothing. */
    private static InputStream stdin(HttpExchange ex, String method) {
        if (method.equals("POST")) {
            return ex.getRequestBody();
        }
        if (method.equals("GET")) {
            String payload = FakeApiHandler.queryParam(ex.getRequestURI().getRawQuery(),
                    "payload");
            return new ByteArrayInputStream(payload == null ? new byte[0]
                    : payload.getBytes(StandardCharsets.UTF_8));
        }
        return InputStream.nullInputStream();
    }

    private static Map<String, List<String>> headers(HttpExchange ex) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        ex.getRequestHeaders().forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    /** The container environment of API.md 5.2 (later entries win). */
    private static Map<String, String> env(HttpExchange ex, String method, FakeApp app,
                                           FakeRoute route) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("METHOD", method);
        env.put("ROUTE", route.path());
        env.put("REQUEST_URL", "http//" + ex.getRequestHeaders().getFirst("Host")
                + ex.getRequestURI().getRawPath()
                + (ex.getRequestURI().getRawQuery() == null ? ""
                : "?" + ex.getRequestURI().getRawQuery()));
        if (app.config() != null) {
            app.config().forEach((k, v) -> env.put(envName(k), v));
        }
        route.config().forEach((k, v) -> env.put(envName(k), v));
        ex.getRequestHeaders().forEach((k, v) -> {
            if (!k.equalsIgnoreCase("Host")) {
                env.put("HEADER_" + envName(k), String.join(" ", v));
            }
        });
        return env;
    }

    private static String envName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** A rough http.DetectContentType: text or binary. */
    private static String sniff(byte[] body) {
        for (int i = 0; i < Math.min(body.length, 512); i++) {
            int b = body[i] & 0xff;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0c) {
                return "application/octet-stream";
            }
        }
        return "text/plain; charset=utf-8";
    }
}
