package io.battlesim.app.battle.persistence;

import io.battlesim.app.battle.BattleSetup;
import io.battlesim.app.battle.BattleStatus;
import io.battlesim.app.battle.BattleSummary;
import io.battlesim.app.battle.BattleTally;
import io.battlesim.engine.BattleStatistics;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/** Battle rows and results in tables {@code battle} and {@code battle_result}. */
@Repository
public class BattleRepository {

    private static final String COLUMNS = "id, status, setup, overlay_token, ingest_key_hash, owner_user_id, "
            + "created_at, started_at, ended_at, last_sequence";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final BattleJson json;

    public BattleRepository(DataSource dataSource, BattleJson json) {
        this.jdbc = JdbcClient.create(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.json = Objects.requireNonNull(json, "json must not be null");
    }

    /** Stores a new battle. */
    public void insert(BattleRow row) {
        BattleSetup setup = row.setup();
        jdbc.sql("INSERT INTO battle (" + COLUMNS + ", title, source) VALUES (:id, :status, :setup, :overlayToken,"
                        + " :ingestKeyHash, :owner, :createdAt, :startedAt, :endedAt, :lastSequence, :title, :source)")
                .param("id", row.id())
                .param("status", row.status().name())
                .param("setup", json.write(withoutOwner(setup)))
                .param("overlayToken", row.overlayToken())
                .param("ingestKeyHash", row.ingestKeyHash())
                .param("owner", setup.ownerUserId())
                .param("createdAt", utc(row.createdAt()))
                .param("startedAt", utc(row.startedAt()))
                .param("endedAt", utc(row.endedAt()))
                .param("lastSequence", row.lastSequence())
                .param("title", setup.title())
                .param("source", setup.source().name())
                .update();
    }

    /** The battle with this id. */
    public Optional<BattleRow> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM battle WHERE id = :id")
                .param("id", id)
                .query(this::row)
                .optional();
    }

    /** The battle with this overlay token. */
    public Optional<BattleRow> findByOverlayToken(String token) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM battle WHERE overlay_token = :token")
                .param("token", token)
                .query(this::row)
                .optional();
    }

    /** Battles in one status, newest first. */
    public List<BattleRow> findByStatus(BattleStatus status, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM battle WHERE status = :status ORDER BY created_at DESC, id"
                        + " FETCH FIRST :limit ROWS ONLY")
                .param("status", status.name())
                .param("limit", limit)
                .query(this::row)
                .list();
    }

    /** The ids of every LIVE battle. */
    public List<String> liveIds() {
        return jdbc.sql("SELECT id FROM battle WHERE status = 'LIVE' ORDER BY started_at, id")
                .query(String.class)
                .list();
    }

    /** Moves a SCHEDULED battle to LIVE; false when it was not SCHEDULED (someone else started it). */
    public boolean markLive(String id, Instant startedAt) {
        return jdbc.sql("UPDATE battle SET status = 'LIVE', started_at = :startedAt WHERE id = :id"
                                + " AND status = 'SCHEDULED'")
                        .param("startedAt", utc(startedAt))
                        .param("id", id)
                        .update()
                == 1;
    }

    /** Raises the update sequence high-water mark. */
    public void reserveSequences(String id, long upTo) {
        jdbc.sql("UPDATE battle SET last_sequence = :upTo WHERE id = :id AND last_sequence < :upTo")
                .param("upTo", upTo)
                .param("id", id)
                .update();
    }

    /** Saves the result and marks the battle ENDED, in one transaction; a null outcome adds no tally (practice). */
    public void finish(BattleResultRow result, Instant endedAt, BattleTally.@Nullable Outcome outcome) {
        transactions.executeWithoutResult(status -> {
            int ended = jdbc.sql(
                            "UPDATE battle SET status = 'ENDED', ended_at = :endedAt WHERE id = :id AND status <> 'ENDED'")
                    .param("endedAt", utc(endedAt))
                    .param("id", result.battleId())
                    .update();
            if (ended == 1 && outcome != null) {
                // the result counts on the boards once, however often a battle is finished again from its log
                BattleTallyRows.insert(jdbc, result.battleId(), json.writeTally(outcome), endedAt);
            }
            jdbc.sql("DELETE FROM battle_result WHERE battle_id = :id")
                    .param("id", result.battleId())
                    .update();
            jdbc.sql("INSERT INTO battle_result (battle_id, winner_side_id, tie, scores, statistics, summary)"
                            + " VALUES (:id, :winner, :tie, :scores, :statistics, :summary)")
                    .param("id", result.battleId())
                    .param("winner", result.winnerSideId())
                    .param("tie", result.tie())
                    .param("scores", json.write(new LinkedHashMap<>(result.scores())))
                    .param("statistics", json.write(result.statistics()))
                    .param("summary", json.write(result.summary()))
                    .update();
        });
    }

    /**
     * Deletes a finished battle (its log, result and tallies go with it by cascade), after {@code before} ran in the
     * same transaction; false when there was no such finished battle.
     */
    public boolean delete(String id, Runnable before) {
        Boolean deleted = transactions.execute(status -> {
            before.run();
            return jdbc.sql("DELETE FROM battle WHERE id = :id AND status = 'ENDED'")
                            .param("id", id)
                            .update()
                    == 1;
        });
        return Boolean.TRUE.equals(deleted);
    }

    /** The saved result of a finished battle. */
    public Optional<BattleResultRow> findResult(String id) {
        return jdbc.sql("SELECT battle_id, winner_side_id, tie, scores, statistics, summary FROM battle_result"
                        + " WHERE battle_id = :id")
                .param("id", id)
                .query(this::result)
                .optional();
    }

    /** Finished battles' summaries, newest first. */
    public List<BattleSummary> history(int limit) {
        return jdbc.sql("SELECT r.summary FROM battle_result r JOIN battle b ON b.id = r.battle_id"
                        + " WHERE b.status = 'ENDED' ORDER BY b.ended_at DESC, b.id FETCH FIRST :limit ROWS ONLY")
                .param("limit", limit)
                .query((rs, i) -> json.read(rs.getString(1), BattleSummary.class))
                .list();
    }

    /** Forgets the owner of every battle of a deleted user (the foreign key does it too). */
    public int detachOwner(long userId) {
        return jdbc.sql("UPDATE battle SET owner_user_id = NULL WHERE owner_user_id = :userId")
                .param("userId", userId)
                .update();
    }

    private BattleRow row(ResultSet rs, int rowNum) throws SQLException {
        long owner = rs.getLong("owner_user_id");
        Long ownerUserId = rs.wasNull() ? null : owner;
        BattleSetup stored = json.read(rs.getString("setup"), BattleSetup.class);
        BattleSetup setup = stored.withOwner(ownerUserId);
        return new BattleRow(
                rs.getString("id"),
                BattleStatus.valueOf(rs.getString("status")),
                setup,
                rs.getString("overlay_token"),
                rs.getString("ingest_key_hash"),
                instant(rs, "created_at"),
                nullableInstant(rs, "started_at"),
                nullableInstant(rs, "ended_at"),
                rs.getLong("last_sequence"));
    }

    @SuppressWarnings("unchecked")
    private BattleResultRow result(ResultSet rs, int rowNum) throws SQLException {
        Map<String, Number> scores = json.read(rs.getString("scores"), Map.class);
        Map<String, Long> longScores = new LinkedHashMap<>();
        scores.forEach((side, score) -> longScores.put(side, score.longValue()));
        return new BattleResultRow(
                rs.getString("battle_id"),
                rs.getString("winner_side_id"),
                rs.getBoolean("tie"),
                longScores,
                json.read(rs.getString("statistics"), BattleStatistics.class),
                json.read(rs.getString("summary"), BattleSummary.class));
    }

    private static BattleSetup withoutOwner(BattleSetup setup) {
        return setup.withOwner(null);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
