package io.battlesim.app.leaderboard.totals;

import io.battlesim.app.leaderboard.CoinBuckets;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Keeps {@code board_gifter_bucket} in step with {@code board_gifter}: before a batch of changes is written, the
 * changed rows' current coins are read, and every gifter who enters a board, leaves it or moves to another coin bucket
 * moves one count between buckets.
 */
final class GifterBuckets {

    private static final int CHUNK = 500;

    /** A board: scope, scope key, period and period start. */
    record Board(String scope, String scopeKey, String period, LocalDate start) {}

    private record BucketKey(Board board, int bucket) {}

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    GifterBuckets(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /**
     * The current coins of the rows that {@code keys} name, by key (rows that do not exist are absent). The rows are
     * looked up by their whole primary key, a row value list: with {@code gifter_id IN (...)} alone H2 walks the whole
     * board, a million rows on a busy all-time board.
     */
    Map<GifterDeltas.Key, Long> current(List<GifterDeltas.Key> keys) {
        Map<GifterDeltas.Key, Long> current = new HashMap<>();
        for (int from = 0; from < keys.size(); from += CHUNK) {
            List<Object[]> rows = keys.subList(from, Math.min(keys.size(), from + CHUNK)).stream()
                    .map(key -> new Object[] {
                        key.scope(), key.scopeKey(), key.period(), Date.valueOf(key.start()), key.gifterId()
                    })
                    .toList();
            named.query(
                    "SELECT scope, scope_key, period, period_start, gifter_id, coins FROM board_gifter"
                            + " WHERE (scope, scope_key, period, period_start, gifter_id) IN (:rows)",
                    Map.of("rows", rows),
                    rs -> {
                        current.put(
                                new GifterDeltas.Key(
                                        rs.getString(1),
                                        rs.getString(2),
                                        rs.getString(3),
                                        rs.getDate(4).toLocalDate(),
                                        rs.getString(5)),
                                rs.getLong(6));
                    });
        }
        return current;
    }

    /** Moves the counts for rows going from {@code before} (null: absent) by {@code deltas}. */
    void move(Map<GifterDeltas.Key, GifterDeltas.Delta> deltas, Map<GifterDeltas.Key, Long> before) {
        Map<BucketKey, Long> moves = new LinkedHashMap<>();
        deltas.forEach((key, delta) -> {
            Long old = before.get(key);
            if (old == null && delta.coins <= 0 && delta.gifts <= 0) {
                return; // a subtraction from a row that is not there (pruned) changes nothing
            }
            long now = (old == null ? 0 : old) + delta.coins;
            boolean stays = now > 0;
            if (old != null && stays && CoinBuckets.of(old) == CoinBuckets.of(now)) {
                return;
            }
            if (old != null) {
                moves.merge(new BucketKey(board(key), CoinBuckets.of(old)), -1L, Long::sum);
            }
            if (stays) {
                moves.merge(new BucketKey(board(key), CoinBuckets.of(now)), 1L, Long::sum);
            }
        });
        moves.values().removeIf(count -> count == 0);
        write(new ArrayList<>(moves.entrySet()));
    }

    private void write(List<Map.Entry<BucketKey, Long>> moves) {
        if (moves.isEmpty()) {
            return;
        }
        int[] updated = jdbc.batchUpdate(
                "UPDATE board_gifter_bucket SET gifters = gifters + ? WHERE scope = ? AND scope_key = ?"
                        + " AND period = ? AND period_start = ? AND bucket = ?",
                setter(moves));
        List<Map.Entry<BucketKey, Long>> missing = new ArrayList<>();
        for (int i = 0; i < moves.size(); i++) {
            if (updated[i] == 0 && moves.get(i).getValue() > 0) {
                missing.add(moves.get(i));
            }
        }
        if (!missing.isEmpty()) {
            jdbc.batchUpdate(
                    "INSERT INTO board_gifter_bucket (gifters, scope, scope_key, period, period_start, bucket)"
                            + " VALUES (?, ?, ?, ?, ?, ?)",
                    setter(missing));
        }
        List<Map.Entry<BucketKey, Long>> emptied =
                moves.stream().filter(move -> move.getValue() < 0).toList();
        if (!emptied.isEmpty()) {
            jdbc.batchUpdate(
                    "DELETE FROM board_gifter_bucket WHERE gifters <= ? AND scope = ? AND scope_key = ?"
                            + " AND period = ? AND period_start = ? AND bucket = ?",
                    setter(emptied.stream()
                            .map(move -> Map.entry(move.getKey(), 0L))
                            .toList()));
        }
    }

    private static BatchPreparedStatementSetter setter(List<Map.Entry<BucketKey, Long>> rows) {
        return new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement statement, int i) throws SQLException {
                BucketKey key = rows.get(i).getKey();
                statement.setLong(1, rows.get(i).getValue());
                statement.setString(2, key.board().scope());
                statement.setString(3, key.board().scopeKey());
                statement.setString(4, key.board().period());
                statement.setDate(5, Date.valueOf(key.board().start()));
                statement.setInt(6, key.bucket());
            }

            @Override
            public int getBatchSize() {
                return rows.size();
            }
        };
    }

    private static Board board(GifterDeltas.Key key) {
        return new Board(key.scope(), key.scopeKey(), key.period(), key.start());
    }
}
