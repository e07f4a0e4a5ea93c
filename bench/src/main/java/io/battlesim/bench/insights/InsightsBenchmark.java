package io.battlesim.bench.insights;

import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The creator insights of issue 11 at scale: one creator with 5,000 videos and a year of daily snapshots (about 1.8
 * million rows of daily counts), beside 20 small creators, and the dashboard's pages and API calls timed over HTTP.
 * Three phases, run by {@code bench/insights/run-insights-bench.sh}: {@code --phase=signup} signs a sandbox account
 * up through the running app (Sign in with TikTok on the built-in emulator, then the app's consent form);
 * {@code --phase=load} fills the insight tables of that user over JDBC while the app is stopped (H2 opens its file
 * embedded); {@code --phase=measure} signs in again and times the calls against the app started again;
 * {@code --phase=queries} times the dashboard's SQL alone once the app is stopped again.
 */
public final class InsightsBenchmark {

    private InsightsBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        switch (options.getOrDefault("phase", "")) {
            case "signup" -> signUp(options);
            case "load" -> load(options);
            case "measure" -> new InsightsMeasurement(options, read(options)).run();
            case "queries" -> queries(options);
            default -> throw new IllegalArgumentException("--phase must be signup, load, measure or queries");
        }
    }

    /** Signs the sandbox account up as a first-time user and notes its open_id. */
    private static void signUp(Map<String, String> options) throws Exception {
        String account = options.getOrDefault("account", "ava.sparks");
        BrowserSession browser = new BrowserSession(http(), URI.create(options.get("app")));
        long started = System.nanoTime();
        boolean consent = browser.signInWithTikTok(account, "/analytics");
        var dashboard = browser.get("/analytics");
        if (dashboard.statusCode() != 200
                || !dashboard.body().contains("data-testid=\"insights-title\"")
                || dashboard.body().contains("data-testid=\"insights-sign-in\"")) {
            throw new IllegalStateException("/analytics after signing up answered " + dashboard.statusCode() + ": "
                    + Checks.excerpt(dashboard.body()));
        }
        Properties state = new Properties();
        state.setProperty("account", account);
        state.setProperty("openId", browser.openId());
        write(options, state);
        System.out.printf(
                "signed up @%s (open_id %s) through the emulator's OAuth flow%s in %.1f s%n",
                account,
                state.getProperty("openId"),
                consent ? " and the consent form" : " (a returning user: no consent asked)",
                seconds(started));
    }

    /** Loads the creator's history and the small creators' (the app is stopped: H2 is opened embedded). */
    private static void load(Map<String, String> options) throws Exception {
        Properties state = read(options);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        int days = intOption(options, "days", 365);
        CreatorHistory history = CreatorHistory.generate(
                20261204L,
                intOption(options, "videos", 5_000),
                days,
                intOption(options, "posted-over-days", 3 * 365),
                Double.parseDouble(options.getOrDefault("recent-share", "0.05")),
                now,
                state.getProperty("account"));
        String token = token();
        InsightsLoader loader = InsightsLoader.open(
                options.get("jdbc"), options.getOrDefault("user", "sa"), options.getOrDefault("password", ""));
        try {
            loader.clear();
            long userId = loader.userId(state.getProperty("openId"));
            loader.addApiSession(userId, sha256(token));
            long started = System.nanoTime();
            loader.load(userId, history, 1_200_000);
            long creatorRows = loader.rows();
            System.out.printf(
                    "loaded user %d: %,d videos, %,d rows in %.1f s%n",
                    userId, history.videos.size(), creatorRows, seconds(started));
            started = System.nanoTime();
            loadOthers(options, loader, now);
            System.out.printf(
                    "loaded %s small creators: %,d rows in %.1f s%n",
                    options.getOrDefault("creators", "20"), loader.rows() - creatorRows, seconds(started));
            started = System.nanoTime();
            loader.analyze(options.get("jdbc").startsWith("jdbc:postgresql:"));
            System.out.printf("analyzed in %.1f s%n", seconds(started));
            state.setProperty("userId", Long.toString(userId));
            state.setProperty("token", token);
            state.setProperty("days", Integer.toString(days));
            state.setProperty("today", history.today.toString());
            state.setProperty(
                    "videos",
                    history.videos.stream().map(CreatorHistory.Video::id).collect(Collectors.joining(",")));
            write(options, state);
        } finally {
            loader.close();
        }
    }

    /** Creators who are not signed in, so that every index holds more than the measured creator's rows. */
    private static void loadOthers(Map<String, String> options, InsightsLoader loader, Instant now) throws Exception {
        String consentVersion = options.getOrDefault("consent-version", "2026-12-04");
        for (int c = 0; c < intOption(options, "creators", 20); c++) {
            long userId = loader.addCreator("bench-insights-" + c, "Bench Creator " + c, consentVersion);
            CreatorHistory history = CreatorHistory.generate(
                    1_000L + c,
                    intOption(options, "creator-videos", 200),
                    intOption(options, "creator-days", 30),
                    365,
                    0.1,
                    now,
                    "bench.creator" + c);
            loader.load(userId, history, 5_000 + 1_000L * c);
        }
    }

    /** Times the dashboard's SQL alone (the app is stopped again). */
    private static void queries(Map<String, String> options) throws Exception {
        Properties state = read(options);
        QueryProbe.run(
                options.get("jdbc"),
                options.getOrDefault("user", "sa"),
                options.getOrDefault("password", ""),
                Long.parseLong(state.getProperty("userId")),
                state.getProperty("videos").split(","),
                java.time.LocalDate.parse(state.getProperty("today")),
                intOption(options, "query-runs", 200));
    }

    static HttpClient http() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static int intOption(Map<String, String> options, String name, int fallback) {
        return Integer.parseInt(options.getOrDefault(name, Integer.toString(fallback)));
    }

    /** A token as the app issues them: 32 random bytes, base64url. */
    private static String token() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** How the app stores a token (auth.session.ApiSessions): lowercase hex SHA-256. */
    private static String sha256(String token) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
    }

    private static Properties read(Map<String, String> options) throws Exception {
        Properties state = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of(options.get("state-file")))) {
            state.load(reader);
        }
        return state;
    }

    private static void write(Map<String, String> options, Properties state) throws Exception {
        try (Writer writer = Files.newBufferedWriter(Path.of(options.get("state-file")))) {
            state.store(writer, "insights benchmark");
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
        }
        return options;
    }
}
