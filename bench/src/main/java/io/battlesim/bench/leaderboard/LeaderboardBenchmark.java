package io.battlesim.bench.leaderboard;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the leaderboard tables of the app's database with the totals of {@code --events} synthetic gift events
 * (default 10 million) and times every leaderboard page and API call over HTTP, one request at a time after a
 * warm-up: p50, p99 and max per call. Three phases, run by {@code bench/leaderboard/run-leaderboard-bench.sh}:
 * {@code --phase=battles} creates the battles the per-battle boards belong to through the running app's API;
 * {@code --phase=load} loads the totals over JDBC while the app is stopped (H2 opens its file embedded, much faster
 * than through the app); {@code --phase=measure} times the calls against the app started again.
 */
public final class LeaderboardBenchmark {

    private static final Pattern ID = Pattern.compile("\"battle\":\\{\"id\":\"([a-z0-9]+)\"");

    private LeaderboardBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        switch (options.getOrDefault("phase", "")) {
            case "battles" -> battles(options);
            case "load" -> load(options);
            case "measure" -> measure(options);
            default -> throw new IllegalArgumentException("--phase must be battles, load or measure");
        }
    }

    /** Creates the battles the per-battle boards belong to, through the API, and writes their ids to --battles. */
    private static void battles(Map<String, String> options) throws Exception {
        long started = System.nanoTime();
        List<String> ids = createBattles(
                http(),
                URI.create(options.get("app")),
                Integer.parseInt(options.getOrDefault("battles", "2000")),
                Integer.parseInt(options.getOrDefault("creators", "200")));
        Files.write(Path.of(options.get("battles-file")), ids);
        System.out.printf("created %,d battles in %.1f s%n", ids.size(), seconds(started));
    }

    /** Generates the gift events and loads their totals (the app is stopped: H2 is opened embedded). */
    private static void load(Map<String, String> options) throws Exception {
        List<String> battleIds = Files.readAllLines(Path.of(options.get("battles-file")));
        long events = Long.parseLong(options.getOrDefault("events", "10000000"));
        long started = System.nanoTime();
        SyntheticGifts gifts = new SyntheticGifts(
                Integer.parseInt(options.getOrDefault("gifters", "1000000")),
                Integer.parseInt(options.getOrDefault("creators", "200")),
                battleIds.size(),
                Integer.parseInt(options.getOrDefault("days", "30")),
                LocalDate.now(ZoneOffset.UTC));
        gifts.generate(events, 20261204L);
        System.out.printf(
                "generated %,d gift events: %,d board rows, %,d battle-gifter rows in %.1f s%n",
                events, gifts.boards.size(), gifts.battleGifters.size(), seconds(started));
        List<String> present = gifts.boards.keySet().stream()
                .filter(key -> (key >>> 33) == SyntheticGifts.Period.A.ordinal()) // platform, all time
                .map(key -> Long.toString(key & 0xFFFFFF))
                .toList();
        Files.write(Path.of(options.get("gifters-file")), present);
        started = System.nanoTime();
        long rows = new BoardLoader(
                        options.get("jdbc"), options.getOrDefault("user", "sa"), options.getOrDefault("password", ""))
                .load(gifts, battleIds);
        System.out.printf(
                "loaded %,d rows in %.1f s; %,d gifters on the all-time board%n",
                rows, seconds(started), present.size());
    }

    /** Times every leaderboard page and API call, one request at a time after a warm-up. */
    private static void measure(Map<String, String> options) throws Exception {
        URI app = URI.create(options.get("app"));
        HttpClient http = http();
        List<String> battleIds = Files.readAllLines(Path.of(options.get("battles-file")));
        int[] present = Files.readAllLines(Path.of(options.get("gifters-file"))).stream()
                .mapToInt(Integer::parseInt)
                .toArray();
        int creators = Integer.parseInt(options.getOrDefault("creators", "200"));
        int requests = Integer.parseInt(options.getOrDefault("requests", "2000"));
        SplittableRandom random = new SplittableRandom(7);
        String[] windows = {"today", "week", "month", "all"};
        Map<String, Function<SplittableRandom, String>> calls = new LinkedHashMap<>();
        for (String window : windows) {
            calls.put("API top 50 gifters, platform, " + window, r -> "/api/leaderboards/gifters?window=" + window);
        }
        calls.put(
                "API top 50 gifters of a creator, random window",
                r -> "/api/leaderboards/gifters?window=" + windows[r.nextInt(4)] + "&creator=creator"
                        + r.nextInt(creators));
        calls.put("API gifters page 20 (offset 950), all time", r -> "/api/leaderboards/gifters?window=all&offset=950");
        calls.put(
                "API rank of a random gifter (mostly far down), all time",
                r -> "/api/leaderboards/gifters/rank?window=all&username=fan" + present[r.nextInt(present.length)]);
        calls.put(
                "API rank of a random gifter, this month",
                r -> "/api/leaderboards/gifters/rank?window=month&username=fan" + present[r.nextInt(present.length)]);
        calls.put(
                "API rank on a creator's board, all time",
                r -> "/api/leaderboards/gifters/rank?window=all&creator=creator" + r.nextInt(10) + "&username=fan"
                        + present[r.nextInt(present.length)]);
        for (String order : new String[] {"wins", "winRate", "coins"}) {
            calls.put(
                    "API top creators by " + order + ", random window",
                    r -> "/api/leaderboards/creators?order=" + order + "&window=" + windows[r.nextInt(4)]);
        }
        calls.put(
                "API a battle's board",
                r -> "/api/battles/" + battleIds.get(r.nextInt(battleIds.size())) + "/leaderboard");
        calls.put("CSV 500 gifters, all time", r -> "/api/leaderboards/gifters.csv?window=all&limit=500");
        calls.put("Page /leaderboards, random window", r -> "/leaderboards?window=" + windows[r.nextInt(4)]);
        calls.put(
                "Page /leaderboards with \"find your rank\"",
                r -> "/leaderboards?window=all&username=fan" + present[r.nextInt(present.length)]);
        calls.put(
                "Page a creator's board",
                r -> "/leaderboards/creators/creator" + r.nextInt(creators) + "?window=" + windows[r.nextInt(4)]);

        List<String> table = new ArrayList<>();
        table.add("| Call | p50 ms | p99 ms | max ms |");
        table.add("|---|---|---|---|");
        for (var call : calls.entrySet()) {
            for (int i = 0; i < Math.min(200, requests); i++) {
                get(http, app, call.getValue().apply(random)); // warm-up
            }
            long[] nanos = new long[requests];
            for (int i = 0; i < requests; i++) {
                String path = call.getValue().apply(random);
                long begin = System.nanoTime();
                get(http, app, path);
                nanos[i] = System.nanoTime() - begin;
            }
            Arrays.sort(nanos);
            String line = String.format(
                    Locale.ROOT,
                    "| %s | %.1f | %.1f | %.1f |",
                    call.getKey(),
                    nanos[requests / 2] / 1e6,
                    nanos[(int) Math.ceil(requests * 0.99) - 1] / 1e6,
                    nanos[requests - 1] / 1e6);
            table.add(line);
            System.out.println(line);
        }
        System.out.println();
        table.forEach(System.out::println);
    }

    private static List<String> createBattles(HttpClient http, URI app, int battles, int creators) throws Exception {
        List<String> ids = new ArrayList<>(battles);
        SplittableRandom random = new SplittableRandom(3);
        for (int b = 0; b < battles; b++) {
            int a = random.nextInt(creators);
            int c = (a + 1 + random.nextInt(creators - 1)) % creators;
            String body = """
                    {"title": "Bench battle %d", "source": "INGEST", "start": false,
                     "sides": [{"label": "A", "rooms": [{"username": "creator%d"}]},
                               {"label": "B", "rooms": [{"username": "creator%d"}]}],
                     "rules": {"durationSeconds": 300}}""".formatted(b, a, c);
            HttpResponse<String> created = http.send(
                    HttpRequest.newBuilder(app.resolve("/api/battles"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher id = ID.matcher(created.body());
            if (created.statusCode() != 201 || !id.find()) {
                throw new IllegalStateException("create battle: " + created.statusCode() + " " + created.body());
            }
            ids.add(id.group(1));
        }
        return ids;
    }

    private static HttpClient http() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    private static void get(HttpClient http, URI app, String path) throws Exception {
        HttpResponse<Void> response = http.send(
                HttpRequest.newBuilder(app.resolve(path))
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        // a random gifter may have given nothing to the creator asked for: 404 is a complete answer too
        if (response.statusCode() != 200 && response.statusCode() != 404) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
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
