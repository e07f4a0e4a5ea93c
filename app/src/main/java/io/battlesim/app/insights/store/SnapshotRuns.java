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
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The snapshot state of each creator (table {@code insight_run}), and which node is taking a creator's snapshot:
 * a claim in the row ({@code claimed_by}, {@code claimed_until}) taken with one conditional UPDATE, so of two nodes
 * (or threads) claiming at once exactly one gets it, and a dead node's claim runs out.
 */
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
     * Creates a creator's state unless they have one (another attempt or node created it a moment ago: that one
     * stands).
     *
     * @return whether this call created it
     */
    public boolean create(SnapshotRun run, Instant now) {
        try {
            bind(
                            jdbc.sql("INSERT INTO insight_run (" + COLUMNS + ", updated_at) VALUES (:user, :day,"
                                    + " :state, :cursor, :seen, :attempts, :next, :error, :manual, :now)"),
                            run,
                            now)
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /**
     * Gives a creator's snapshot to {@code node} until {@code until} unless a claim that has not run out holds it
     * (another node's, or another attempt's on this node), and, with {@code dueOnly}, only if it is due at {@code now}
     * (another node may have taken it since it was listed as due).
     *
     * @return whether {@code node} holds the claim now; false also when the creator has no row yet
     */
    public boolean claim(long userId, String node, Instant now, Instant until, boolean dueOnly) {
        return jdbc.sql("UPDATE insight_run SET claimed_by = :node, claimed_until = :until WHERE user_id = :user"
                                + " AND (claimed_until IS NULL OR claimed_until <= :now)"
                                + (dueOnly ? " AND next_run_at <= :now" : ""))
                        .param("user", userId)
                        .param("node", node)
                        .param("now", Timestamp.from(now))
                        .param("until", Timestamp.from(until))
                        .update()
                > 0;
    }

    /** Extends {@code node}'s claim to {@code until}; false when the node no longer holds it (its claim ran out). */
    public boolean renew(long userId, String node, Instant until) {
        return jdbc.sql("UPDATE insight_run SET claimed_until = :until WHERE user_id = :user AND claimed_by = :node")
                        .param("user", userId)
                        .param("node", node)
                        .param("until", Timestamp.from(until))
                        .update()
                > 0;
    }

    /** Gives up {@code node}'s claim. */
    public void release(long userId, String node) {
        jdbc.sql("UPDATE insight_run SET claimed_by = NULL, claimed_until = NULL WHERE user_id = :user"
                        + " AND claimed_by = :node")
                .param("user", userId)
                .param("node", node)
                .update();
    }

    /** Whether an attempt (on any node) holds a claim on the creator's snapshot that has not run out. */
    public boolean claimed(long userId, Instant now) {
        return jdbc.sql("SELECT COUNT(*) FROM insight_run WHERE user_id = :user AND claimed_until > :now")
                        .param("user", userId)
                        .param("now", Timestamp.from(now))
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /**
     * Moves the creator's next snapshot to {@code next}, leaving the rest of the state alone (an attempt on another
     * node may be storing it).
     *
     * @return false when the creator has no state yet
     */
    public boolean scheduleAt(long userId, Instant next, Instant now) {
        return jdbc.sql("UPDATE insight_run SET next_run_at = :next, updated_at = :now WHERE user_id = :user")
                        .param("user", userId)
                        .param("next", Timestamp.from(next))
                        .param("now", Timestamp.from(now))
                        .update()
                > 0;
    }

    /**
     * Notes a "Refresh now" unless one was noted after {@code notAfter} (two requests at once, on two nodes: one wins),
     * leaving the rest of the state alone.
     *
     * @return false when another refresh was noted after {@code notAfter}, or the creator has no state yet
     */
    public boolean markManual(long userId, Instant now, Instant notAfter) {
        return jdbc.sql("UPDATE insight_run SET last_manual_at = :now, updated_at = :now WHERE user_id = :user"
                                + " AND (last_manual_at IS NULL OR last_manual_at <= :notAfter)")
                        .param("user", userId)
                        .param("now", Timestamp.from(now))
                        .param("notAfter", Timestamp.from(notAfter))
                        .update()
                > 0;
    }

    /** Drops every claim (a single node before it takes any snapshot: the claims are its earlier runs'). */
    public int releaseAll() {
        return jdbc.sql("UPDATE insight_run SET claimed_by = NULL, claimed_until = NULL WHERE claimed_by IS NOT NULL")
                .update();
    }

    /**
     * Creators whose snapshot is due and not being taken: those with a state whose time has come, then connected
     * creators never taken.
     */
    public List<Long> due(Instant now, int limit) {
        return jdbc.sql("SELECT user_id FROM insight_run WHERE next_run_at <= :now"
                        + " AND (claimed_until IS NULL OR claimed_until <= :now) ORDER BY next_run_at"
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
