package io.battlesim.app.analytics.persistence;

import io.battlesim.app.analytics.compute.AnalyticsCalculator;
import io.battlesim.app.analytics.compute.BattleAnalytics;
import io.battlesim.app.analytics.compute.CreatorSlice;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Finished battles' analytics and each creator's part of them, as JSON. */
@Repository
public class AnalyticsStore {

    private static final Logger log = LoggerFactory.getLogger(AnalyticsStore.class);
    private static final int MAX_CREATOR = 64;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json = JsonMapper.builder().build();

    public AnalyticsStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    /** A battle's stored analytics, if stored in the current layout. */
    public Optional<BattleAnalytics> find(String battleId) {
        return jdbc.sql("SELECT payload FROM battle_analytics WHERE battle_id = :battle AND format_version = :format")
                .param("battle", battleId)
                .param("format", BattleAnalytics.FORMAT)
                .query(String.class)
                .optional()
                .map(payload -> json.readValue(payload, BattleAnalytics.class));
    }

    /**
     * Stores a finished battle's analytics with its creators' parts, replacing any of an older layout. When another
     * thread stored them first, or the battle was deleted meanwhile, nothing changes.
     */
    public void save(AnalyticsCalculator.Computed computed, Instant now) {
        BattleAnalytics analytics = computed.analytics();
        Objects.requireNonNull(analytics.endedAt(), "only a finished battle's analytics are stored");
        String payload = json.writeValueAsString(analytics);
        try {
            transactions.executeWithoutResult(status -> {
                jdbc.sql("DELETE FROM battle_analytics_creator WHERE battle_id = :battle")
                        .param("battle", analytics.battleId())
                        .update();
                jdbc.sql("DELETE FROM battle_analytics WHERE battle_id = :battle")
                        .param("battle", analytics.battleId())
                        .update();
                jdbc.sql("INSERT INTO battle_analytics (battle_id, format_version, payload, computed_at)"
                                + " VALUES (:battle, :format, :payload, :now)")
                        .param("battle", analytics.battleId())
                        .param("format", analytics.format())
                        .param("payload", payload)
                        .param("now", Timestamp.from(now))
                        .update();
                for (CreatorSlice slice : computed.creators()) {
                    insert(slice);
                }
            });
        } catch (DataIntegrityViolationException raced) {
            log.debug("Analytics of battle {} not stored: {}", analytics.battleId(), raced.getMessage());
        }
    }

    /** A creator's latest battle parts, newest first. */
    public List<CreatorSlice> latest(String creator, int limit, int offset) {
        return jdbc
                .sql("SELECT slice FROM battle_analytics_creator WHERE creator = :creator"
                        + " ORDER BY ended_at DESC, battle_id OFFSET :offset ROWS FETCH FIRST :limit ROWS ONLY")
                .param("creator", creator)
                .param("offset", offset)
                .param("limit", limit)
                .query(String.class)
                .list()
                .stream()
                .map(slice -> json.readValue(slice, CreatorSlice.class))
                .toList();
    }

    /** Which of these battles have analytics stored in the current layout. */
    public Set<String> stored(Collection<String> battleIds) {
        if (battleIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("SELECT battle_id FROM battle_analytics WHERE battle_id IN (:battles)"
                        + " AND format_version = :format")
                .param("battles", List.copyOf(battleIds))
                .param("format", BattleAnalytics.FORMAT)
                .query(String.class)
                .list());
    }

    private void insert(CreatorSlice slice) {
        jdbc.sql("INSERT INTO battle_analytics_creator (battle_id, creator, ended_at, slice)"
                        + " VALUES (:battle, :creator, :ended, :slice)")
                .param("battle", slice.battleId())
                .param(
                        "creator",
                        slice.creator().length() > MAX_CREATOR
                                ? slice.creator().substring(0, MAX_CREATOR)
                                : slice.creator())
                .param("ended", Timestamp.from(Instant.ofEpochMilli(slice.endedAt())))
                .param("slice", json.writeValueAsString(slice))
                .update();
    }
}
