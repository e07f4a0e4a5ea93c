package io.battlesim.app.battle.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Table {@code battle_tally}: what battles add to the leaderboards until the leaderboards took it. */
final class BattleTallyRows {

    private BattleTallyRows() {}

    /** Inserts one tally (in the caller's transaction). */
    static void insert(JdbcClient jdbc, String battleId, String payload, Instant at) {
        jdbc.sql("INSERT INTO battle_tally (battle_id, payload, created_at) VALUES (:battle, :payload, :at)")
                .param("battle", battleId)
                .param("payload", payload)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
    }

    /** A stored tally row. */
    record Row(long id, String payload) {}

    /**
     * Claims the oldest {@code limit} tallies with an id above {@code after} for the caller's transaction, which must
     * be open: the rows stay locked until it ends. Of all battles, rows another transaction holds (another node's
     * drain) are skipped, so two drains never take the same row; of one battle only, they are waited for, so the
     * caller has every tally of the battle that was committed before it (a hidden battle's tally must never reach the
     * public boards after its subtraction). A row deleted by the transaction waited for is left out.
     */
    static List<Row> oldest(JdbcClient jdbc, long after, int limit, String battleId) {
        String filter = battleId.isEmpty() ? "" : " AND battle_id = :battle";
        String lock = battleId.isEmpty() ? " FOR UPDATE SKIP LOCKED" : " FOR UPDATE";
        var statement = jdbc.sql("SELECT id, payload FROM battle_tally WHERE id > :after" + filter
                        + " ORDER BY id FETCH FIRST :limit ROWS ONLY" + lock)
                .param("after", after)
                .param("limit", limit);
        if (!battleId.isEmpty()) {
            statement = statement.param("battle", battleId);
        }
        return statement
                .query((rs, i) -> new Row(rs.getLong(1), rs.getString(2)))
                .list();
    }

    static void delete(JdbcClient jdbc, List<Long> ids) {
        jdbc.sql("DELETE FROM battle_tally WHERE id IN (:ids)")
                .param("ids", ids)
                .update();
    }
}
