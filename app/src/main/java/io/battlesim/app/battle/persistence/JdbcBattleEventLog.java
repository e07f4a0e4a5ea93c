package io.battlesim.app.battle.persistence;

import io.battlesim.app.battle.BattleTally;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The event log in table {@code battle_event}: one JDBC batch insert per append, in one transaction (group commit).
 * Reads use a cursor with a fetch size inside a read transaction, so PostgreSQL streams long logs.
 */
@Repository
public class JdbcBattleEventLog implements BattleEventLog {

    private static final String INSERT =
            "INSERT INTO battle_event (battle_id, seq, payload, recorded_at) VALUES (?, ?, ?, ?)";
    private static final int FETCH_SIZE = 1_000;

    private final JdbcTemplate jdbc;
    private final JdbcClient client;
    private final TransactionTemplate transactions;
    private final BattleJson json;

    public JdbcBattleEventLog(DataSource dataSource, BattleJson json) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.client = JdbcClient.create(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.json = Objects.requireNonNull(json, "json must not be null");
    }

    @Override
    public void appendBatch(String battleId, List<LoggedEvent> events, BattleTally.@Nullable Gifts gifts) {
        appendBatch(battleId, events, gifts, 0);
    }

    /**
     * {@inheritDoc}
     *
     * <p>The check reads the lease row {@code FOR SHARE}: a node taking the battle over updates that row, so it waits
     * for an append in flight to commit (and then rebuilds the battle with it), and an append after the takeover sees
     * the new token and rolls back.
     */
    @Override
    public void appendBatch(String battleId, List<LoggedEvent> events, BattleTally.@Nullable Gifts gifts, long fence) {
        Objects.requireNonNull(battleId, "battleId must not be null");
        if (events.isEmpty()) {
            return;
        }
        String tally = gifts == null ? null : json.writeTally(gifts);
        String[] payloads = new String[events.size()];
        for (int i = 0; i < payloads.length; i++) {
            payloads[i] = json.writeEvent(events.get(i).event());
        }
        transactions.executeWithoutResult(status -> {
            if (fence != 0) {
                requireLease(battleId, fence);
            }
            insertEvents(battleId, events, payloads);
            if (tally != null) {
                BattleTallyRows.insert(client, battleId, tally, events.getLast().recordedAt());
            }
        });
    }

    private void requireLease(String battleId, long fence) {
        Long token = client.sql("SELECT token FROM battle_lease WHERE battle_id = :id FOR SHARE")
                .param("id", battleId)
                .query(Long.class)
                .optional()
                .orElse(null);
        if (token == null || token != fence) {
            throw new FencedOutException(battleId, fence);
        }
    }

    private void insertEvents(String battleId, List<LoggedEvent> events, String[] payloads) {
        jdbc.batchUpdate(INSERT, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement statement, int i) throws SQLException {
                LoggedEvent event = events.get(i);
                statement.setString(1, battleId);
                statement.setLong(2, event.seq());
                statement.setString(3, payloads[i]);
                statement.setTimestamp(4, Timestamp.from(event.recordedAt()));
            }

            @Override
            public int getBatchSize() {
                return payloads.length;
            }
        });
    }

    @Override
    public void readAll(String battleId, Consumer<LoggedEvent> sink) {
        Objects.requireNonNull(battleId, "battleId must not be null");
        Objects.requireNonNull(sink, "sink must not be null");
        transactions.executeWithoutResult(status -> jdbc.query(
                "SELECT seq, payload, recorded_at FROM battle_event WHERE battle_id = ? ORDER BY seq",
                row -> {
                    sink.accept(new LoggedEvent(
                            row.getLong(1),
                            json.readEvent(row.getString(2)),
                            row.getTimestamp(3).toInstant()));
                },
                battleId));
    }

    @Override
    public long lastSeq(String battleId) {
        return client.sql("SELECT COALESCE(MAX(seq), 0) FROM battle_event WHERE battle_id = :id")
                .param("id", battleId)
                .query(Long.class)
                .single();
    }
}
