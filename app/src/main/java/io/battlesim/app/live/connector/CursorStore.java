package io.battlesim.app.live.connector;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code live_cursor} table: the last acknowledged stream sequence number per battle and room. */
@Repository
class CursorStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    CursorStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.clock = Clock.systemUTC();
    }

    /** The saved cursors of a battle by room id. */
    Map<String, Long> load(String battleId) {
        Map<String, Long> cursors = new HashMap<>();
        jdbc.sql("SELECT room_id, last_seq FROM live_cursor WHERE battle_id = :battleId")
                .param("battleId", battleId)
                .query((rs, row) -> cursors.put(rs.getString("room_id"), rs.getLong("last_seq")))
                .list();
        return cursors;
    }

    /** Saves a room's cursor (the connector saves only its acknowledged sequence numbers). */
    void save(String battleId, String roomId, long lastSeq) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        int updated = jdbc.sql("""
                        UPDATE live_cursor SET last_seq = :lastSeq, updated_at = :now
                        WHERE battle_id = :battleId AND room_id = :roomId""")
                .param("lastSeq", lastSeq)
                .param("now", now)
                .param("battleId", battleId)
                .param("roomId", roomId)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO live_cursor (battle_id, room_id, last_seq, updated_at)"
                            + " VALUES (:battleId, :roomId, :lastSeq, :now)")
                    .param("battleId", battleId)
                    .param("roomId", roomId)
                    .param("lastSeq", lastSeq)
                    .param("now", now)
                    .update();
        }
    }

    /** Forgets a finished battle's cursors. */
    void delete(String battleId) {
        jdbc.sql("DELETE FROM live_cursor WHERE battle_id = :battleId")
                .param("battleId", battleId)
                .update();
    }
}
