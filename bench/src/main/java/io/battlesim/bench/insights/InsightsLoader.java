package io.battlesim.bench.insights;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/**
 * Writes {@link CreatorHistory creator histories} into the app's insight tables (V16__creator_insights.sql) with
 * batched inserts in primary-key order, committing every 500,000 rows, then refreshes the planner statistics.
 */
final class InsightsLoader {

    static final String[] TABLES = {"insight_video_day", "insight_video", "insight_profile", "insight_run"};

    private static final int BATCH = 5_000;
    private static final int COMMIT = 500_000;
    private static final int REACH_DAYS = 7; // the app's app.insights.reach-days default

    private final Connection connection;
    private long rows;

    private InsightsLoader(Connection connection) {
        this.connection = connection;
    }

    static InsightsLoader open(String url, String user, String password) throws SQLException {
        Connection connection = DriverManager.getConnection(url, user, password);
        connection.setAutoCommit(false);
        return new InsightsLoader(connection);
    }

    /** Empties the insight tables and removes the benchmark's extra creators of an earlier run. */
    void clear() throws SQLException {
        try (var statement = connection.createStatement()) {
            for (String table : TABLES) {
                statement.executeUpdate("DELETE FROM " + table);
            }
            statement.executeUpdate("DELETE FROM app_user WHERE open_id LIKE 'bench-insights-%'");
        }
        connection.commit();
    }

    long userId(String openId) throws SQLException {
        try (var select = connection.prepareStatement("SELECT id FROM app_user WHERE open_id = ?")) {
            select.setString(1, openId);
            try (var result = select.executeQuery()) {
                if (!result.next()) {
                    throw new IllegalStateException("no app_user with open_id " + openId + ": did the sign-up work?");
                }
                return result.getLong(1);
            }
        }
    }

    /** A consented user who never signs in: one of the creators that make the indexes more than one user's. */
    long addCreator(String openId, String name, String consentVersion) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (var insert = connection.prepareStatement(
                "INSERT INTO app_user (open_id, display_name, username, created_at, updated_at, age_confirmed_at,"
                        + " consent_at, consent_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, openId);
            insert.setString(2, name);
            insert.setString(3, name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.'));
            for (int i = 4; i <= 7; i++) {
                insert.setTimestamp(i, now);
            }
            insert.setString(8, consentVersion);
            insert.executeUpdate();
        }
        return userId(openId);
    }

    /** An app session as POST /api/auth/mobile/token issues it: only the token's SHA-256 is stored. */
    void addApiSession(long userId, String tokenHash) throws SQLException {
        try (var insert = connection.prepareStatement(
                "INSERT INTO api_session (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, tokenHash);
            insert.setLong(2, userId);
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            insert.setTimestamp(4, Timestamp.from(Instant.now().plus(30, ChronoUnit.DAYS)));
            insert.executeUpdate();
        }
    }

    /** Every row of one creator: the daily counts of each video, the videos, the daily profile and the run. */
    void load(long userId, CreatorHistory history, long followers) throws SQLException {
        ProfileTotals totals = new ProfileTotals(history);
        loadVideoDays(userId, history, totals);
        loadVideos(userId, history);
        loadProfile(userId, history, totals, followers);
        loadRun(userId, history);
        connection.commit();
    }

    /** Fresh statistics, as after any bulk load (autovacuum may be off, as on this project's test database). */
    void analyze(boolean postgres) throws SQLException {
        try (var statement = connection.createStatement()) {
            for (String sql :
                    postgres ? Arrays.stream(TABLES).map(t -> "ANALYZE " + t).toList() : List.of("ANALYZE")) {
                statement.executeUpdate(sql);
            }
        }
        connection.commit();
    }

    long rows() {
        return rows;
    }

    void close() throws SQLException {
        connection.close();
    }

    private void loadVideoDays(long userId, CreatorHistory history, ProfileTotals totals) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO insight_video_day (user_id, video_id, snapshot_day, views, likes, comments, shares)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (CreatorHistory.Video video : history.videos) {
                for (LocalDate day = history.firstSeen(video); !day.isAfter(history.today); day = day.plusDays(1)) {
                    CreatorHistory.Counts counts = video.at(history.snapshotAt(day));
                    totals.add(day, counts);
                    insert.setLong(1, userId);
                    insert.setString(2, video.id());
                    insert.setDate(3, Date.valueOf(day));
                    setCounts(insert, 4, counts);
                    add(insert);
                }
            }
            insert.executeBatch();
        }
    }

    private void loadVideos(long userId, CreatorHistory history) throws SQLException {
        LocalDate yesterday = history.today.minusDays(1);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO insight_video (user_id, video_id, created_at, title, description, duration_seconds,"
                        + " cover_url, share_url, latest_day, views, likes, comments, shares, previous_day,"
                        + " previous_views, previous_likes, previous_comments, previous_shares, reach_views)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (CreatorHistory.Video video : history.videos) {
                insert.setLong(1, userId);
                insert.setString(2, video.id());
                insert.setTimestamp(3, Timestamp.from(video.createdAt()));
                insert.setString(4, video.title());
                insert.setString(5, video.description());
                insert.setInt(6, video.durationSeconds());
                insert.setString(7, "https://p16-sign.tiktokcdn.com/obj/tos-maliva-p-0068/" + video.id() + ".jpeg");
                insert.setString(8, "https://www.tiktok.com/@" + history.handle + "/video/" + video.id());
                insert.setDate(9, Date.valueOf(history.today));
                setCounts(insert, 10, video.at(history.snapshotAt(history.today)));
                // every video was posted yesterday at the latest (CreatorHistory), so yesterday's snapshot saw it
                insert.setDate(14, Date.valueOf(yesterday));
                setCounts(insert, 15, video.at(history.snapshotAt(yesterday)));
                // as the app keeps it: the views at 7 days, only when a snapshot was taken at that age
                LocalDate reached = video.postedDay().plusDays(REACH_DAYS);
                if (!reached.isBefore(history.firstDay()) && !reached.isAfter(history.today)) {
                    insert.setLong(19, video.at(history.snapshotAt(reached)).views());
                } else {
                    insert.setNull(19, java.sql.Types.BIGINT);
                }
                add(insert);
            }
            insert.executeBatch();
        }
    }

    private void loadProfile(long userId, CreatorHistory history, ProfileTotals totals, long followers)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO insight_profile (user_id, snapshot_day, follower_count, following_count, likes_count,"
                        + " video_count, total_views, videos_seen, taken_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int d = 0; d < history.days; d++) {
                LocalDate day = history.firstDay().plusDays(d);
                insert.setLong(1, userId);
                insert.setDate(2, Date.valueOf(day));
                insert.setLong(3, followers + followers * d / (2L * history.days)); // +50% over the snapshot days
                insert.setLong(4, 180 + d / 7);
                insert.setLong(5, totals.likes[d]);
                insert.setLong(6, totals.videos[d]);
                insert.setLong(7, totals.views[d]);
                insert.setInt(8, (int) totals.videos[d]);
                insert.setTimestamp(9, Timestamp.from(history.snapshotAt(day)));
                add(insert);
            }
            insert.executeBatch();
        }
    }

    private void loadRun(long userId, CreatorHistory history) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO insight_run (user_id, snapshot_day, state, list_cursor, videos_seen, attempts,"
                        + " next_run_at, last_error, last_manual_at, updated_at)"
                        + " VALUES (?, ?, 'DONE', NULL, ?, 0, ?, NULL, NULL, ?)")) {
            insert.setLong(1, userId);
            insert.setDate(2, Date.valueOf(history.today));
            insert.setInt(3, history.videos.size());
            insert.setTimestamp(4, Timestamp.from(history.now.plus(1, ChronoUnit.DAYS)));
            insert.setTimestamp(5, Timestamp.from(history.now));
            add(insert);
            insert.executeBatch();
        }
    }

    private static void setCounts(PreparedStatement insert, int first, CreatorHistory.Counts counts)
            throws SQLException {
        insert.setLong(first, counts.views());
        insert.setLong(first + 1, counts.likes());
        insert.setLong(first + 2, counts.comments());
        insert.setLong(first + 3, counts.shares());
    }

    private void add(PreparedStatement insert) throws SQLException {
        insert.addBatch();
        rows++;
        if (rows % BATCH == 0) {
            insert.executeBatch();
        }
        if (rows % COMMIT == 0) {
            connection.commit();
        }
    }
}
