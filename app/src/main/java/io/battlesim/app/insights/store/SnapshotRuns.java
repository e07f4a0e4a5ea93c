package io.battlesim.app.insights.store;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The snapshot state of each creator (table {@code insight_run}). */
@Repository
public class SnapshotRuns {

    private static final String COLUMNS = "user_id, snapshot_day, state, list_cursor, videos_seen, attempts,"
            + " next_run_at, last_error, last_manual_at";

    private final JdbcClient jdbc;

    SnapshotRuns(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    public Optional<SnapshotRun> find(long userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM insight_run WHERE user_id = :user")
                .param("user", userId)
                .query(SnapshotRuns::run)
                .optional();
    }

    /** Creates or replaces a creator's state. */
    public void save(SnapshotRun run, Instant now) {
        var update = jdbc.sql("UPDATE insight_run SET snapshot_day = :day, state = :state, list_cursor = :cursor,"
                + " videos_seen = :seen, attempts = :attempts, next_run_at = :next, last_error = :error,"
                + " last_manual_at = :manual, updated_at = :now WHERE user_id = :user");
        if (bind(update, run, now).update() == 0) {
            bind(
                            jdbc.sql("INSERT INTO insight_run (" + COLUMNS + ", updated_at) VALUES (:user, :day,"
                                    + " :state, :cursor, :seen, :attempts, :next, :error, :manual, :now)"),
                            run,
                            now)
                    .update();
        }
    }

    /**
     * Creators whose snapshot is due: those with a state whose time has come, then connected creators never taken.
     *
     */
    public List<Long> due(Instant now, int limit) {
        return jdbc.sql("SELECT user_id FROM insight_run WHERE next_run_at <= :now ORDER BY next_run_at"
                        + " FETCH FIRST :limit ROWS ONLY")
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, SnapshotRun run, Instant now) {
        return statement
                .param("user", run.userId())
                .param("day", Date.valueOf(run.day()))
                .param("state", run.state().name())
                .param("cursor", run.listCursor(), java.sql.Types.BIGINT)
                .param("seen", run.videosSeen())
                .param("attempts", run.attempts())
                .param("next", Timestamp.from(run.nextRunAt()))
                .param("error", run.lastError(), java.sql.Types.VARCHAR)
                .param("manual", timestamp(run.lastManualAt()), java.sql.Types.TIMESTAMP)
                .param("now", Timestamp.from(now));
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static SnapshotRun run(ResultSet rs, int i) throws SQLException {
        long cursor = rs.getLong(4);
        boolean noCursor = rs.wasNull();
        Timestamp manual = rs.getTimestamp(9);
        return new SnapshotRun(
                rs.getLong(1),
                rs.getDate(2).toLocalDate(),
                SnapshotState.valueOf(rs.getString(3)),
                noCursor ? null : cursor,
                rs.getInt(5),
                rs.getInt(6),
                rs.getTimestamp(7).toInstant(),
                rs.getString(8),
                manual == null ? null : manual.toInstant());
    }
}
