package io.battlesim.app.leaderboard.totals;

import io.battlesim.app.battle.BattleTally;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The per-battle rows: what each battle's gifters gave each creator per day ({@code board_battle_gifter}), how the
 * battle ended for each creator ({@code board_battle_creator}), and which battles are hidden.
 */
final class BattleRows {

    /** One battle gifter row. */
    record GifterRow(
            String creator,
            String gifterId,
            java.time.LocalDate day,
            String uniqueId,
            String nickname,
            long coins,
            long gifts) {}

    /** One battle creator row. */
    record CreatorRow(String creator, java.time.LocalDate day, BattleTally.Result result, long margin) {}

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    BattleRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Adds summed gifts to the battles' rows (a gifter's row per battle, creator and day). */
    void write(BattleGifterDeltas deltas) {
        List<Map.Entry<BattleGifterDeltas.Key, BattleTally.GiftLine>> rows =
                new ArrayList<>(deltas.all().entrySet());
        if (rows.isEmpty()) {
            return;
        }
        int[] updated = jdbc.batchUpdate(
                "UPDATE board_battle_gifter SET coins = coins + ?, gifts = gifts + ?, unique_id = ?, nickname = ?"
                        + " WHERE battle_id = ? AND creator = ? AND gifter_id = ? AND gift_day = ?",
                setter(rows, BattleRows::set));
        List<Map.Entry<BattleGifterDeltas.Key, BattleTally.GiftLine>> missing = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (updated[i] == 0) {
                missing.add(rows.get(i));
            }
        }
        if (!missing.isEmpty()) {
            jdbc.batchUpdate(
                    "INSERT INTO board_battle_gifter (coins, gifts, unique_id, nickname, battle_id, creator,"
                            + " gifter_id, gift_day) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    setter(missing, BattleRows::set));
        }
        writeTotals(deltas.totals());
    }

    /** Adds summed gifts to the battles' own boards (a gifter's row per battle). */
    private void writeTotals(Map<BattleGifterDeltas.TotalKey, BattleTally.GiftLine> totals) {
        List<Map.Entry<BattleGifterDeltas.TotalKey, BattleTally.GiftLine>> rows = new ArrayList<>(totals.entrySet());
        int[] updated = jdbc.batchUpdate(
                "UPDATE board_battle_total SET coins = coins + ?, gifts = gifts + ?, unique_id = ?, nickname = ?"
                        + " WHERE battle_id = ? AND gifter_id = ?",
                setter(rows, BattleRows::setTotal));
        List<Map.Entry<BattleGifterDeltas.TotalKey, BattleTally.GiftLine>> missing = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (updated[i] == 0) {
                missing.add(rows.get(i));
            }
        }
        if (!missing.isEmpty()) {
            jdbc.batchUpdate(
                    "INSERT INTO board_battle_total (coins, gifts, unique_id, nickname, battle_id, gifter_id)"
                            + " VALUES (?, ?, ?, ?, ?, ?)",
                    setter(missing, BattleRows::setTotal));
        }
    }

    void add(BattleTally.Outcome outcome) {
        Date day = Date.valueOf(outcome.day());
        jdbc.batchUpdate(
                "INSERT INTO board_battle_creator (battle_id, creator, end_day, result, margin) VALUES (?, ?, ?, ?, ?)",
                setter(outcome.creators(), (statement, creator) -> {
                    statement.setString(1, outcome.battleId());
                    statement.setString(2, Clip.to(creator.creator(), 64));
                    statement.setDate(3, day);
                    statement.setString(4, creator.result().name());
                    statement.setLong(5, creator.margin());
                }));
    }

    List<GifterRow> gifters(String battleId) {
        return jdbc.query(
                "SELECT creator, gifter_id, gift_day, unique_id, nickname, coins, gifts FROM board_battle_gifter"
                        + " WHERE battle_id = ?",
                (rs, i) -> new GifterRow(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getDate(3).toLocalDate(),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getLong(6),
                        rs.getLong(7)),
                battleId);
    }

    List<CreatorRow> creators(String battleId) {
        return jdbc.query(
                "SELECT creator, end_day, result, margin FROM board_battle_creator WHERE battle_id = ?",
                (rs, i) -> new CreatorRow(
                        rs.getString(1),
                        rs.getDate(2).toLocalDate(),
                        BattleTally.Result.valueOf(rs.getString(3)),
                        rs.getLong(4)),
                battleId);
    }

    boolean hidden(String battleId) {
        Integer count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM board_hidden_battle WHERE battle_id = ?", Integer.class, battleId);
        return count != null && count > 0;
    }

    /** Which of {@code battleIds} are hidden. */
    Set<String> hidden(Collection<String> battleIds) {
        if (battleIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(named.queryForList(
                "SELECT battle_id FROM board_hidden_battle WHERE battle_id IN (:ids)",
                java.util.Map.of("ids", battleIds),
                String.class));
    }

    void hide(String battleId) {
        jdbc.update("INSERT INTO board_hidden_battle (battle_id) VALUES (?)", battleId);
    }

    void show(String battleId) {
        jdbc.update("DELETE FROM board_hidden_battle WHERE battle_id = ?", battleId);
    }

    private static void set(PreparedStatement statement, Map.Entry<BattleGifterDeltas.Key, BattleTally.GiftLine> row)
            throws SQLException {
        BattleGifterDeltas.Key key = row.getKey();
        BattleTally.GiftLine line = row.getValue();
        statement.setLong(1, line.coins());
        statement.setLong(2, line.gifts());
        statement.setString(3, Clip.username(line.uniqueId()));
        statement.setString(4, Clip.to(line.nickname(), 200));
        statement.setString(5, key.battleId());
        statement.setString(6, key.creator());
        statement.setString(7, key.gifterId());
        statement.setDate(8, Date.valueOf(key.day()));
    }

    private static void setTotal(
            PreparedStatement statement, Map.Entry<BattleGifterDeltas.TotalKey, BattleTally.GiftLine> row)
            throws SQLException {
        BattleTally.GiftLine line = row.getValue();
        statement.setLong(1, line.coins());
        statement.setLong(2, line.gifts());
        statement.setString(3, Clip.username(line.uniqueId()));
        statement.setString(4, Clip.to(line.nickname(), 200));
        statement.setString(5, row.getKey().battleId());
        statement.setString(6, row.getKey().gifterId());
    }

    @FunctionalInterface
    interface Setter<T> {
        void set(PreparedStatement statement, T row) throws SQLException;
    }

    private static <T> BatchPreparedStatementSetter setter(List<T> rows, Setter<T> setter) {
        return new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement statement, int i) throws SQLException {
                setter.set(statement, rows.get(i));
            }

            @Override
            public int getBatchSize() {
                return rows.size();
            }
        };
    }
}
