package io.battlesim.bench.insights;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** The measure phase: the creator signs in again, then every dashboard page and API call is timed. */
final class InsightsMeasurement {

    private static final String[] SORTS = {"posted", "views", "likes", "comments", "shares", "engagement", "growth"};

    private final Map<String, String> options;
    private final Properties state;
    private final String[] videoIds;
    private final int days;
    private final LocalDate today;

    InsightsMeasurement(Map<String, String> options, Properties state) {
        this.options = options;
        this.state = state;
        this.videoIds = state.getProperty("videos").split(",");
        this.days = Integer.parseInt(state.getProperty("days"));
        this.today = LocalDate.parse(state.getProperty("today"));
    }

    void run() throws Exception {
        URI app = URI.create(options.get("app"));
        HttpClient http = InsightsBenchmark.http();
        BrowserSession browser = new BrowserSession(http, app);
        long started = System.nanoTime();
        boolean consent = browser.signInWithTikTok(state.getProperty("account"), "/analytics");
        if (!browser.openId().equals(state.getProperty("openId"))) {
            throw new IllegalStateException("signed in as another user than the one loaded");
        }
        System.out.printf(
                "signed in again as @%s (user %s)%s in %.1f s%n",
                state.getProperty("account"),
                state.getProperty("userId"),
                consent ? ", asked for consent again (!)" : "",
                InsightsBenchmark.seconds(started));
        CallTimer timer = new CallTimer(
                http,
                app,
                browser,
                state.getProperty("token"),
                InsightsBenchmark.intOption(options, "warmup", 100),
                InsightsBenchmark.intOption(options, "requests", 1_000));
        List<String> dashboard = time(timer, dashboardCalls());
        print("Dashboard (pages with the browser session, API with a bearer token):", dashboard);
        print("Export:", time(timer, List.of(exportCall())));
    }

    private static void print(String title, List<String> rows) {
        System.out.println();
        System.out.println(title);
        System.out.println(CallTimer.HEADER);
        rows.forEach(System.out::println);
    }

    private static List<String> time(CallTimer timer, List<TimedCall> calls) throws Exception {
        List<String> rows = new ArrayList<>();
        for (TimedCall call : calls) {
            String row = timer.time(call).row();
            System.out.println(row);
            rows.add(row);
        }
        return rows;
    }

    private List<TimedCall> dashboardCalls() {
        int videos = videoIds.length;
        return List.of(
                page("Page /analytics (by views)", r -> "/analytics"),
                page("Page /analytics?sort=engagement&order=asc", r -> "/analytics?sort=engagement&order=asc"),
                page("Page /analytics?sort=growth&page=50", r -> "/analytics?sort=growth&page=50"),
                new TimedCall(
                        "Page /analytics, 90 posting days (random), by posted",
                        true,
                        r -> {
                            LocalDate from = today.minusDays(90 + r.nextInt(1_000));
                            return "/analytics?from=" + from + "&to=" + from.plusDays(89) + "&sort=posted";
                        },
                        "the videos table",
                        Checks.contains("data-testid=\"videos-table\"")),
                new TimedCall(
                        "Page /analytics/videos/{random id}",
                        true,
                        r -> "/analytics/videos/" + videoIds[r.nextInt(videos)],
                        "the video's title and days",
                        Checks.contains("data-testid=\"video-title\"", "data-testid=\"video-days\"")),
                new TimedCall(
                        "API /api/insights",
                        false,
                        r -> "/api/insights",
                        videos + " videos, " + days + " profile days and a DONE snapshot",
                        Checks.contains("\"videos\":" + videos, "\"state\":\"DONE\"")
                                .and(body -> Checks.occurrences(body, "\"totalViews\"") >= days)),
                new TimedCall(
                        "API /api/insights/videos?sort={random}&offset={0..4950}",
                        false,
                        r -> "/api/insights/videos?sort=" + SORTS[r.nextInt(SORTS.length)] + "&offset="
                                + r.nextInt(Math.max(1, videos - 49)),
                        "total " + videos + " and 50 videos",
                        Checks.contains("\"total\":" + videos)
                                .and(body -> Checks.occurrences(body, "\"videoId\"") == 50)),
                new TimedCall(
                        "API /api/insights/videos/{random id}",
                        false,
                        r -> "/api/insights/videos/" + videoIds[r.nextInt(videos)],
                        "the video and its days",
                        Checks.contains("\"video\":{\"videoId\":\"", "\"days\":[{\"day\"")),
                new TimedCall(
                        "API /api/insights/profile.csv",
                        false,
                        r -> "/api/insights/profile.csv",
                        (days + 1) + " lines",
                        Checks.lines(days + 1)));
    }

    private TimedCall exportCall() {
        return new TimedCall(
                "API /api/insights/videos.csv (all " + videoIds.length + " videos)",
                false,
                r -> "/api/insights/videos.csv",
                (videoIds.length + 1) + " lines",
                Checks.lines(videoIds.length + 1));
    }

    /** A dashboard page: the signed-in creator's, with their stats and a full page of 50 videos. */
    private static TimedCall page(String name, java.util.function.Function<java.util.SplittableRandom, String> path) {
        return new TimedCall(
                name,
                true,
                path,
                "the stats and a table of 50 videos",
                Checks.contains("data-testid=\"stat-views\"", "data-testid=\"videos-table\"")
                        .and(body -> Checks.occurrences(body, "href=\"/analytics/videos/") >= 50));
    }
}
