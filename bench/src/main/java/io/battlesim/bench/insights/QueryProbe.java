package io.battlesim.bench.insights;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The dashboard's SQL alone, over JDBC with the app stopped (H2 opens its file embedded, as inside the app): which
 * query a slow call spends its time in. The statements copy the app's insights.store.InsightQueries as of this
 * benchmark; if that class changes, change them with it.
 */
final class QueryProbe {

    private static final String COLUMNS = "video_id, created_at, title, duration_seconds, share_url, latest_day,"
            + " views, likes, comments, shares, previous_day, previous_views, previous_likes, previous_comments,"
            + " previous_shares";
    private static final String ENGAGEMENT =
            "CASE WHEN views > 0 THEN CAST(likes + comments + shares AS DOUBLE PRECISION) / views ELSE 0 END";

    private final Connection connection;
    private final long userId;
    private final String[] videoIds;
    private final LocalDate today;
    private final SplittableRandom random = new SplittableRandom(5);

    private QueryProbe(Connection connection, long userId, String[] videoIds, LocalDate today) {
        this.connection = connection;
        this.userId = userId;
        this.videoIds = videoIds;
        this.today = today;
    }

    static void run(String url, String user, String password, long userId, String[] videoIds, LocalDate today, int n)
            throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.setReadOnly(true);
            new QueryProbe(connection, userId, videoIds, today).timeAll(n);
        }
    }

    private void timeAll(int n) throws SQLException {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put(
                "profile, 365 days",
                "SELECT snapshot_day, follower_count, following_count, likes_count,"
                        + " video_count, total_views FROM insight_profile WHERE user_id = ? ORDER BY user_id, snapshot_day");
        queries.put("count of videos", "SELECT COUNT(*) FROM insight_video WHERE user_id = ?");
        queries.put(
                "reach (best time to post)",
                "SELECT created_at, reach_views FROM insight_video WHERE user_id = ?" + " AND reach_views IS NOT NULL");
        queries.put("50 videos by views", page("views DESC", 0));
        queries.put("50 videos by engagement asc", page(ENGAGEMENT, 0));
        queries.put("50 videos by growth, offset 2450", page("views - COALESCE(previous_views, views) DESC", 2450));
        queries.put(
                "50 videos posted in 90 days",
                "SELECT " + COLUMNS + " FROM insight_video WHERE user_id = ?"
                        + " AND created_at >= ? AND created_at < ? ORDER BY created_at DESC, video_id"
                        + " OFFSET 0 ROWS FETCH FIRST 50 ROWS ONLY");
        queries.put(
                "count posted in 90 days",
                "SELECT COUNT(*) FROM insight_video WHERE user_id = ?" + " AND created_at >= ? AND created_at < ?");
        queries.put("one video's line", "SELECT " + COLUMNS + " FROM insight_video WHERE user_id = ? AND video_id = ?");
        queries.put(
                "one video's 365 days",
                "SELECT snapshot_day, views, likes, comments, shares FROM"
                        + " insight_video_day WHERE user_id = ? AND video_id = ? ORDER BY user_id, video_id, snapshot_day");
        queries.put(
                "all 5,000 videos by views (CSV)",
                "SELECT " + COLUMNS + " FROM insight_video WHERE user_id = ?" + " ORDER BY views DESC, video_id");
        System.out.println("| Query (over JDBC, app stopped) | p50 ms | p99 ms | rows |");
        System.out.println("|---|---|---|---|");
        for (var query : queries.entrySet()) {
            System.out.println(time(query.getKey(), query.getValue(), n));
        }
    }

    private static String page(String order, int offset) {
        return "SELECT " + COLUMNS + " FROM insight_video WHERE user_id = ? ORDER BY " + order + ", video_id OFFSET "
                + offset + " ROWS FETCH FIRST 50 ROWS ONLY";
    }

    private String time(String name, String sql, int n) throws SQLException {
        long[] nanos = new long[n];
        int rows = 0;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = -n / 5; i < n; i++) { // a fifth more as warm-up
                bind(statement, sql);
                long begin = System.nanoTime();
                rows = 0;
                try (var result = statement.executeQuery()) {
                    int columns = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        for (int c = 1; c <= columns; c++) {
                            result.getObject(c);
                        }
                        rows++;
                    }
                }
                if (i >= 0) {
                    nanos[i] = System.nanoTime() - begin;
                }
            }
        }
        Arrays.sort(nanos);
        return String.format(
                Locale.ROOT,
                "| %s | %.2f | %.2f | %,d |",
                name,
                nanos[n / 2] / 1e6,
                nanos[(int) Math.ceil(n * 0.99) - 1] / 1e6,
                rows);
    }

    private void bind(PreparedStatement statement, String sql) throws SQLException {
        statement.setLong(1, userId);
        if (sql.contains("video_id = ?")) {
            statement.setString(2, videoIds[random.nextInt(videoIds.length)]);
        } else if (sql.contains("created_at >= ?")) {
            LocalDate from = today.minusDays(90 + random.nextInt(1_000));
            statement.setTimestamp(2, Timestamp.from(from.atStartOfDay().toInstant(ZoneOffset.UTC)));
            statement.setTimestamp(
                    3, Timestamp.from(from.plusDays(90).atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
    }
}
