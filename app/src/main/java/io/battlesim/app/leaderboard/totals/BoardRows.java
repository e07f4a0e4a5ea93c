package io.battlesim.app.leaderboard.totals;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes summed changes to {@code board_gifter} and {@code board_creator}: a batch of UPDATEs adding each delta,
 * then a batch of INSERTs for the rows that did not exist yet (portable to H2 and PostgreSQL, and one writer at a
 * time across all nodes, see {@link #lockWriter}). Rows a subtraction brings back to nothing are deleted, so the
 * gifters of a hidden or deleted battle alone leave the boards; a subtraction from a row already pruned (a past
 * period) is dropped.
 */
final class BoardRows {

    private final JdbcTemplate jdbc;
    private final GifterBuckets buckets;

    BoardRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.buckets = new GifterBuckets(jdbc);
    }

    /**
     * Locks the {@code board_writer} row until the caller's transaction ends: every writer of the totals takes it
     * first, so there is one at a time across all nodes.
     *
     * @param wait whether to wait for another node's writer; false returns false at once while another holds it
     * @return whether this transaction holds the lock
     */
    boolean lockWriter(boolean wait) {
        List<Integer> locked = jdbc.queryForList(
                "SELECT id FROM board_writer WHERE id = 1 FOR UPDATE" + (wait ? "" : " SKIP LOCKED"), Integer.class);
        if (wait && locked.isEmpty()) {
            throw new IllegalStateException("the board_writer row is missing (migration V45)");
        }
        return !locked.isEmpty();
    }

    void write(GifterDeltas deltas) {
        List<Map.Entry<GifterDeltas.Key, GifterDeltas.Delta>> rows =
                new ArrayList<>(deltas.all().entrySet());
        if (rows.isEmpty()) {
            return;
        }
        buckets.move(
                deltas.all(),
                buckets.current(rows.stream().map(Map.Entry::getKey).toList()));
        int[] updated = jdbc.batchUpdate(
                "UPDATE board_gifter SET coins = coins + ?, gifts = gifts + ?, unique_id = ?, nickname = ?"
                        + " WHERE scope = ? AND scope_key = ? AND period = ? AND period_start = ? AND gifter_id = ?",
                batch(rows, (statement, key, delta) -> {
                    statement.setLong(1, delta.coins);
                    statement.setLong(2, delta.gifts);
                    statement.setString(3, delta.uniqueId);
                    statement.setString(4, delta.nickname);
                    setKey(statement, 5, key);
                }));
        List<Map.Entry<GifterDeltas.Key, GifterDeltas.Delta>> missing = missing(rows, updated).stream()
                .filter(row -> row.getValue().coins > 0)
                .toList();
        if (!missing.isEmpty()) {
            jdbc.batchUpdate(
                    "INSERT INTO board_gifter (coins, gifts, unique_id, nickname, scope, scope_key, period,"
                            + " period_start, gifter_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    batch(missing, (statement, key, delta) -> {
                        statement.setLong(1, delta.coins);
                        statement.setLong(2, delta.gifts);
                        statement.setString(3, delta.uniqueId);
                        statement.setString(4, delta.nickname);
                        setKey(statement, 5, key);
                    }));
        }
        List<Map.Entry<GifterDeltas.Key, GifterDeltas.Delta>> shrunk = rows.stream()
                .filter(row -> row.getValue().coins < 0 || row.getValue().gifts < 0)
                .toList();
        if (!shrunk.isEmpty()) {
            jdbc.batchUpdate(
                    "DELETE FROM board_gifter WHERE scope = ? AND scope_key = ? AND period = ? AND period_start = ?"
                            + " AND gifter_id = ? AND coins <= 0",
                    batch(shrunk, (statement, key, delta) -> setKey(statement, 1, key)));
        }
    }

    void write(CreatorDeltas deltas) {
        List<Map.Entry<CreatorDeltas.Key, CreatorDeltas.Delta>> rows =
                new ArrayList<>(deltas.all().entrySet());
        if (rows.isEmpty()) {
            return;
        }
        String set = "battles = battles + ?, wins = wins + ?, losses = losses + ?, ties = ties + ?,"
                + " margin_sum = margin_sum + ?, coins = coins + ?";
        int[] updated = jdbc.batchUpdate(
                "UPDATE board_creator SET " + set + " WHERE period = ? AND period_start = ? AND creator = ?",
                batch(rows, BoardRows::setCreator));
        List<Map.Entry<CreatorDeltas.Key, CreatorDeltas.Delta>> missing = missing(rows, updated).stream()
                .filter(row -> row.getValue().battles > 0 || row.getValue().coins > 0)
                .toList();
        if (!missing.isEmpty()) {
            jdbc.batchUpdate(
                    "INSERT INTO board_creator (battles, wins, losses, ties, margin_sum, coins, period, period_start,"
                            + " creator) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    batch(missing, BoardRows::setCreator));
        }
        List<Map.Entry<CreatorDeltas.Key, CreatorDeltas.Delta>> shrunk = rows.stream()
                .filter(row -> row.getValue().battles < 0 || row.getValue().coins < 0)
                .toList();
        if (!shrunk.isEmpty()) {
            jdbc.batchUpdate(
                    "DELETE FROM board_creator WHERE period = ? AND period_start = ? AND creator = ? AND battles <= 0"
                            + " AND coins <= 0",
                    batch(shrunk, (statement, key, delta) -> {
                        statement.setString(1, key.period());
                        statement.setDate(2, Date.valueOf(key.start()));
                        statement.setString(3, key.creator());
                    }));
        }
    }

    /**
     * Deletes the rows of periods no board shows any more: days before yesterday, weeks before last week, months
     * before last month (the current and the previous period of each window stay).
     *
     * @return how many rows went
     */
    int prune(java.time.LocalDate today) {
        int deleted = 0;
        for (io.battlesim.app.leaderboard.Window window : io.battlesim.app.leaderboard.Window.values()) {
            if (window == io.battlesim.app.leaderboard.Window.ALL) {
                continue;
            }
            java.time.LocalDate previous = window.start(window.start(today).minusDays(1));
            for (String table : new String[] {"board_gifter", "board_gifter_bucket", "board_creator"}) {
                deleted += jdbc.update(
                        "DELETE FROM " + table + " WHERE period = ? AND period_start < ?",
                        window.code(),
                        Date.valueOf(previous));
            }
        }
        return deleted;
    }

    private static void setKey(PreparedStatement statement, int first, GifterDeltas.Key key) throws SQLException {
        statement.setString(first, key.scope());
        statement.setString(first + 1, key.scopeKey());
        statement.setString(first + 2, key.period());
        statement.setDate(first + 3, Date.valueOf(key.start()));
        statement.setString(first + 4, key.gifterId());
    }

    private static void setCreator(PreparedStatement statement, CreatorDeltas.Key key, CreatorDeltas.Delta delta)
            throws SQLException {
        statement.setLong(1, delta.battles);
        statement.setLong(2, delta.wins);
        statement.setLong(3, delta.losses);
        statement.setLong(4, delta.ties);
        statement.setLong(5, delta.marginSum);
        statement.setLong(6, delta.coins);
        statement.setString(7, key.period());
        statement.setDate(8, Date.valueOf(key.start()));
        statement.setString(9, key.creator());
    }

    /** The rows an UPDATE batch did not find (a driver that reports no counts gets none: it never does here). */
    private static <K, V> List<Map.Entry<K, V>> missing(List<Map.Entry<K, V>> rows, int[] updated) {
        List<Map.Entry<K, V>> missing = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (updated[i] == 0) {
                missing.add(rows.get(i));
            }
        }
        return missing;
    }

    @FunctionalInterface
    interface RowSetter<K, V> {
        void set(PreparedStatement statement, K key, V value) throws SQLException;
    }

    private static <K, V> BatchPreparedStatementSetter batch(List<Map.Entry<K, V>> rows, RowSetter<K, V> setter) {
        return new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement statement, int i) throws SQLException {
                setter.set(statement, rows.get(i).getKey(), rows.get(i).getValue());
            }

            @Override
            public int getBatchSize() {
                return rows.size();
            }
        };
    }
}
