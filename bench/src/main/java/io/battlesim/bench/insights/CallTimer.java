package io.battlesim.bench.insights;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Times calls one request at a time after a warm-up, the whole body read, over one kept-alive connection: pages
 * with the signed-in browser's session cookie, API calls with an app session's bearer token, as a native app sends.
 * Every answer must be a 200 holding what the call's check expects, or the run fails.
 */
final class CallTimer {

    /** The latencies of one call, and the size of its last answer. */
    record Figures(String name, double p50, double p99, double max, int bytes) {

        String row() {
            return String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %s |", name, p50, p99, max, size(bytes));
        }

        private static String size(int bytes) {
            return bytes < 10_240
                    ? String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0)
                    : String.format(Locale.ROOT, "%,d KB", bytes / 1024);
        }
    }

    static final String HEADER = "| Call | p50 ms | p99 ms | max ms | answer |\n|---|---|---|---|---|";

    private final HttpClient http;
    private final URI app;
    private final BrowserSession browser;
    private final String bearer;
    private final int warmup;
    private final int requests;
    private final SplittableRandom random = new SplittableRandom(11);

    CallTimer(HttpClient http, URI app, BrowserSession browser, String bearer, int warmup, int requests) {
        this.http = http;
        this.app = app;
        this.browser = browser;
        this.bearer = bearer;
        this.warmup = warmup;
        this.requests = requests;
    }

    Figures time(TimedCall call) throws Exception {
        for (int i = 0; i < warmup; i++) {
            String path = call.path().apply(random);
            check(call, path, fetch(call, path));
        }
        long[] nanos = new long[requests];
        int bytes = 0;
        for (int i = 0; i < requests; i++) {
            String path = call.path().apply(random);
            long begin = System.nanoTime();
            HttpResponse<String> response = fetch(call, path);
            nanos[i] = System.nanoTime() - begin;
            check(call, path, response);
            bytes = response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        Arrays.sort(nanos);
        return new Figures(
                call.name(),
                nanos[requests / 2] / 1e6,
                nanos[(int) Math.ceil(requests * 0.99) - 1] / 1e6,
                nanos[requests - 1] / 1e6,
                bytes);
    }

    private HttpResponse<String> fetch(TimedCall call, String path) throws Exception {
        if (call.page()) {
            return browser.get(path);
        }
        return http.send(
                HttpRequest.newBuilder(app.resolve(path))
                        .header("Authorization", "Bearer " + bearer)
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void check(TimedCall call, String path, HttpResponse<String> response) {
        if (response.statusCode() != 200 || !call.complete().test(response.body())) {
            throw new IllegalStateException(call.name() + ": " + path + " answered " + response.statusCode()
                    + ", expected 200 with " + call.expectation() + ": " + Checks.excerpt(response.body()));
        }
    }
}
