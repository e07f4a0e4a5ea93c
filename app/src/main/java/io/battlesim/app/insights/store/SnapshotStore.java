package io.battlesim.app.insights.store;

import io.battlesim.app.insights.ProfileCounts;
import io.battlesim.app.insights.VideoSeen;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes snapshots. Every write is keyed by creator, video and UTC day, so writing the same day twice (a snapshot
 * resumed after a 429, a second "Refresh now") replaces rather than duplicates; a video's latest and previous
 * counts move on only when a later day arrives.
 */
@Repository
public class SnapshotStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    SnapshotStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.template = new JdbcTemplate(dataSource);
    }

    /**
     * Stores one page of videos for a day.
     *
     * @param reachDays the age whose views are kept as the video's reach (only from a snapshot taken at that age or
     *     the day after, so that a video first seen a year after it was posted does not count)
     */
    @Transactional
    public void saveVideos(long userId, LocalDate day, List<VideoSeen> videos, int reachDays) {
        if (videos.isEmpty()) {
            return;
        }
        Date sqlDay = Date.valueOf(day);
        int[] daysUpdated = batch(
                "UPDATE insight_video_day SET views = ?, likes = ?, comments = ?, shares = ?"
                        + " WHERE user_id = ? AND video_id = ? AND snapshot_day = ?",
                videos,
                (statement, video) -> {
                    setCounts(statement, 1, video);
                    statement.setLong(5, userId);
                    statement.setString(6, video.videoId());
                    statement.setDate(7, sqlDay);
                });
        List<VideoSeen> newDays = missing(videos, daysUpdated);
        if (!newDays.isEmpty()) {
            batch(
                    "INSERT INTO insight_video_day (views, likes, comments, shares, user_id, video_id, snapshot_day)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    newDays,
                    (statement, video) -> {
                        setCounts(statement, 1, video);
                        statement.setLong(5, userId);
                        statement.setString(6, video.videoId());
                        statement.setDate(7, sqlDay);
                    });
        }
        // the right-hand sides read the row as it was: the latest counts become the previous ones on a new day
        int[] videosUpdated = batch("""
                UPDATE insight_video SET
                  previous_day = CASE WHEN latest_day < ? THEN latest_day ELSE previous_day END,
                  previous_views = CASE WHEN latest_day < ? THEN views ELSE previous_views END,
                  previous_likes = CASE WHEN latest_day < ? THEN likes ELSE previous_likes END,
                  previous_comments = CASE WHEN latest_day < ? THEN comments ELSE previous_comments END,
                  previous_shares = CASE WHEN latest_day < ? THEN shares ELSE previous_shares END,
                  views = ?, likes = ?, comments = ?, shares = ?,
                  title = ?, description = ?, duration_seconds = ?, cover_url = ?, share_url = ?,
                  latest_day = ?, reach_views = COALESCE(reach_views, ?)
                WHERE user_id = ? AND video_id = ? AND latest_day <= ?""", videos, (statement, video) -> {
            for (int i = 1; i <= 5; i++) {
                statement.setDate(i, sqlDay);
            }
            setCounts(statement, 6, video);
            setDetails(statement, 10, video);
            statement.setDate(15, sqlDay);
            setReach(statement, 16, video, day, reachDays);
            statement.setLong(17, userId);
            statement.setString(18, video.videoId());
            statement.setDate(19, sqlDay);
        });
        List<VideoSeen> notUpdated = missing(videos, videosUpdated);
        if (notUpdated.isEmpty()) {
            return;
        }
        // a video whose row holds a later day (a backfill behind a snapshot) keeps it; the others are new
        Set<String> known = new HashSet<>(jdbc.sql(
                        "SELECT video_id FROM insight_video WHERE user_id = :user AND video_id IN (:ids)")
                .param("user", userId)
                .param("ids", notUpdated.stream().map(VideoSeen::videoId).toList())
                .query(String.class)
                .list());
        List<VideoSeen> fresh =
                notUpdated.stream().filter(v -> !known.contains(v.videoId())).toList();
        if (!fresh.isEmpty()) {
            batch(
                    "INSERT INTO insight_video (views, likes, comments, shares, title, description,"
                            + " duration_seconds, cover_url, share_url, latest_day, reach_views, user_id, video_id,"
                            + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    fresh,
                    (statement, video) -> {
                        setCounts(statement, 1, video);
                        setDetails(statement, 5, video);
                        statement.setDate(10, sqlDay);
                        setReach(statement, 11, video, day, reachDays);
                        statement.setLong(12, userId);
                        statement.setString(13, video.videoId());
                        statement.setTimestamp(14, Timestamp.from(video.createdAt()));
                    });
        }
    }

    /**
     * Stores a day's profile counts, with the sums over the videos whose latest counts are that day's; replaces an
     * earlier snapshot of the same day.
     */
    @Transactional
    public void saveProfile(long userId, LocalDate day, ProfileCounts counts, Instant takenAt) {
        Date sqlDay = Date.valueOf(day);
        Totals totals = jdbc.sql("SELECT COALESCE(SUM(views), 0), COUNT(*) FROM insight_video"
                        + " WHERE user_id = :user AND latest_day = :day")
                .param("user", userId)
                .param("day", sqlDay)
                .query((rs, i) -> new Totals(rs.getLong(1), rs.getInt(2)))
                .single();
        int updated = jdbc.sql("UPDATE insight_profile SET follower_count = :followers, following_count = :following,"
                        + " likes_count = :likes, video_count = :videos, total_views = :views,"
                        + " videos_seen = :seen, taken_at = :at WHERE user_id = :user AND snapshot_day = :day")
                .params(profileParams(userId, sqlDay, counts, totals, takenAt))
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO insight_profile (user_id, snapshot_day, follower_count, following_count,"
                            + " likes_count, video_count, total_views, videos_seen, taken_at) VALUES (:user, :day,"
                            + " :followers, :following, :likes, :videos, :views, :seen, :at)")
                    .params(profileParams(userId, sqlDay, counts, totals, takenAt))
                    .update();
        }
    }

    /** Whether any snapshot of this creator is stored (a sandbox creator's first one backfills history). */
    public boolean hasHistory(long userId) {
        return jdbc.sql("SELECT COUNT(*) FROM insight_profile WHERE user_id = :user")
                        .param("user", userId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static Map<String, Object> profileParams(
            long userId, Date day, ProfileCounts counts, Totals totals, Instant takenAt) {
        return Map.of(
                "user", userId,
                "day", day,
                "followers", counts.followers(),
                "following", counts.following(),
                "likes", counts.likes(),
                "videos", counts.videos(),
                "views", totals.views(),
                "seen", totals.videos(),
                "at", Timestamp.from(takenAt));
    }

    private static void setCounts(PreparedStatement statement, int first, VideoSeen video) throws SQLException {
        statement.setLong(first, video.views());
        statement.setLong(first + 1, video.likes());
        statement.setLong(first + 2, video.comments());
        statement.setLong(first + 3, video.shares());
    }

    private static void setDetails(PreparedStatement statement, int first, VideoSeen video) throws SQLException {
        statement.setString(first, video.title());
        statement.setString(first + 1, video.description());
        statement.setInt(first + 2, video.durationSeconds());
        setNullable(statement, first + 3, video.coverUrl());
        setNullable(statement, first + 4, video.shareUrl());
    }

    private static void setReach(PreparedStatement statement, int index, VideoSeen video, LocalDate day, int reachDays)
            throws SQLException {
        LocalDate posted = LocalDate.ofInstant(video.createdAt(), ZoneOffset.UTC);
        LocalDate reached = posted.plusDays(reachDays);
        if (!day.isBefore(reached) && !day.isAfter(reached.plusDays(1))) {
            statement.setLong(index, video.views());
        } else {
            statement.setNull(index, Types.BIGINT);
        }
    }

    private static void setNullable(PreparedStatement statement, int index, @Nullable String value)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    /** The videos whose statement changed no row, in their order. */
    private static List<VideoSeen> missing(List<VideoSeen> videos, int[] updated) {
        List<VideoSeen> missing = new ArrayList<>();
        for (int i = 0; i < videos.size(); i++) {
            if (updated[i] == 0) {
                missing.add(videos.get(i));
            }
        }
        return missing;
    }

    private int[] batch(String sql, List<VideoSeen> videos, VideoSetter setter) {
        return template.batchUpdate(sql, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement statement, int i) throws SQLException {
                setter.set(statement, videos.get(i));
            }

            @Override
            public int getBatchSize() {
                return videos.size();
            }
        });
    }

    @FunctionalInterface
    private interface VideoSetter {
        void set(PreparedStatement statement, VideoSeen video) throws SQLException;
    }

    private record Totals(long views, int videos) {}
}
