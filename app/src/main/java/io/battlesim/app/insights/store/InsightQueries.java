package io.battlesim.app.insights.store;

import io.battlesim.app.insights.ProfilePoint;
import io.battlesim.app.insights.VideoDay;
import io.battlesim.app.insights.VideoFilter;
import io.battlesim.app.insights.VideoLine;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads what the dashboard shows. Every read is one creator's index range: the profile rows (one a day), the video
 * rows (one a video, latest counts inline), or one video's days; never the whole daily history.
 */
@Repository
public class InsightQueries {

    // a video without a title shows its description, as TikTok does
    private static final String VIDEO_COLUMNS =
            "video_id, created_at, CASE WHEN title = '' THEN description ELSE title END,"
                    + " duration_seconds, share_url,"
                    + " latest_day, views, likes, comments, shares, previous_day, previous_views, previous_likes,"
                    + " previous_comments, previous_shares";

    private final JdbcClient jdbc;

    InsightQueries(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** The creator's profile counts, one point a UTC day, oldest first. */
    public List<ProfilePoint> profile(long userId) {
        return jdbc.sql("SELECT snapshot_day, follower_count, following_count, likes_count, video_count, total_views"
                        + " FROM insight_profile WHERE user_id = :user ORDER BY user_id, snapshot_day")
                .param("user", userId)
                .query((rs, i) -> new ProfilePoint(
                        rs.getDate(1).toLocalDate(),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getLong(6)))
                .list();
    }

    /** A page of the video table. */
    public List<VideoLine> videos(long userId, VideoFilter filter) {
        return where(
                        jdbc.sql("SELECT " + VIDEO_COLUMNS + " FROM insight_video WHERE " + conditions(filter)
                                + " ORDER BY " + filter.sort().expression() + (filter.descending() ? " DESC" : "")
                                + ", video_id OFFSET :offset ROWS FETCH FIRST :limit ROWS ONLY"),
                        userId,
                        filter)
                .param("offset", filter.offset())
                .param("limit", filter.limit())
                .query(InsightQueries::line)
                .list();
    }

    /** Every video the filter selects, in its order, handed over one by one (the CSV export). */
    public void eachVideo(long userId, VideoFilter filter, Consumer<VideoLine> sink) {
        // the stream holds the connection until it is closed
        try (Stream<VideoLine> lines = where(
                jdbc.sql("SELECT " + VIDEO_COLUMNS + " FROM insight_video WHERE " + conditions(filter)
                        + " ORDER BY " + filter.sort().expression() + (filter.descending() ? " DESC" : "")
                        + ", video_id"),
                userId,
                filter)
                .query(InsightQueries::line)
                .stream()) {
            lines.forEach(sink);
        }
    }

    /** How many videos the filter selects. */
    public long count(long userId, VideoFilter filter) {
        return where(jdbc.sql("SELECT COUNT(*) FROM insight_video WHERE " + conditions(filter)), userId, filter)
                .query(Long.class)
                .single();
    }

    /** One video's line. */
    public Optional<VideoLine> video(long userId, String videoId) {
        return jdbc.sql("SELECT " + VIDEO_COLUMNS + " FROM insight_video WHERE user_id = :user AND video_id = :video")
                .param("user", userId)
                .param("video", videoId)
                .query(InsightQueries::line)
                .optional();
    }

    /** A video's counts per UTC day, oldest first. */
    public List<VideoDay> videoDays(long userId, String videoId) {
        return jdbc.sql("SELECT snapshot_day, views, likes, comments, shares FROM insight_video_day"
                        + " WHERE user_id = :user AND video_id = :video ORDER BY user_id, video_id, snapshot_day")
                .param("user", userId)
                .param("video", videoId)
                .query((rs, i) -> new VideoDay(
                        rs.getDate(1).toLocalDate(), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                .list();
    }

    /** When each video with a known reach went out, and its views at that age. */
    public List<Reach> reach(long userId) {
        return jdbc.sql("SELECT created_at, reach_views FROM insight_video WHERE user_id = :user"
                        + " AND reach_views IS NOT NULL")
                .param("user", userId)
                .query((rs, i) -> new Reach(rs.getTimestamp(1).toInstant(), rs.getLong(2)))
                .list();
    }

    /** Which of these TikTok post ids are videos of this creator with statistics. */
    public Set<String> known(long userId, Collection<String> videoIds) {
        if (videoIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("SELECT video_id FROM insight_video WHERE user_id = :user AND video_id IN (:ids)")
                .param("user", userId)
                .param("ids", List.copyOf(videoIds))
                .query(String.class)
                .list());
    }

    /** A video's posting time and the views it had reached at the reach age. */
    public record Reach(Instant postedAt, long views) {}

    private static String conditions(VideoFilter filter) {
        return "user_id = :user" + (filter.postedFrom() == null ? "" : " AND created_at >= :from")
                + (filter.postedTo() == null ? "" : " AND created_at < :to");
    }

    private static JdbcClient.StatementSpec where(JdbcClient.StatementSpec statement, long userId, VideoFilter filter) {
        statement = statement.param("user", userId);
        if (filter.postedFrom() != null) {
            statement = statement.param(
                    "from", Timestamp.from(filter.postedFrom().atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        if (filter.postedTo() != null) {
            statement = statement.param(
                    "to",
                    Timestamp.from(filter.postedTo().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        return statement;
    }

    private static VideoLine line(ResultSet rs, int i) throws SQLException {
        long views = rs.getLong(7);
        long likes = rs.getLong(8);
        long comments = rs.getLong(9);
        long shares = rs.getLong(10);
        Date previousDay = rs.getDate(11);
        return new VideoLine(
                rs.getString(1),
                rs.getTimestamp(2).toInstant(),
                rs.getString(3),
                rs.getInt(4),
                rs.getString(5),
                rs.getDate(6).toLocalDate(),
                views,
                likes,
                comments,
                shares,
                VideoLine.engagement(views, likes, comments, shares),
                previousDay == null ? null : previousDay.toLocalDate(),
                growth(views, rs, 12),
                growth(likes, rs, 13),
                growth(comments, rs, 14),
                growth(shares, rs, 15));
    }

    private static @Nullable Long growth(long now, ResultSet rs, int column) throws SQLException {
        long before = rs.getLong(column);
        return rs.wasNull() ? null : now - before;
    }
}
