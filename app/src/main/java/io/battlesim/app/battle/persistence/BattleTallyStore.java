package io.battlesim.app.battle.persistence;

import io.battlesim.app.battle.BattleTallies;
import io.battlesim.app.battle.BattleTally;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out stored tallies once: claimed ({@code SELECT ... FOR UPDATE SKIP LOCKED}), applied and deleted in one
 * transaction, so two nodes draining at the same moment each take different rows and a failed applier leaves its
 * rows to the next drain.
 */
@Repository
public class BattleTallyStore {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final BattleJson json;

    public BattleTallyStore(DataSource dataSource, BattleJson json) {
        this.jdbc = JdbcClient.create(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.json = Objects.requireNonNull(json, "json must not be null");
    }

    /**
     * Gives the oldest tallies with an id above {@code after} (at most {@code limit}; of one battle when {@code
     * battleId} is not empty) to {@code applier} and deletes them, in one transaction that the applier's own JDBC work
     * on the same data source joins (and that joins the caller's, when one is open). Tallies another transaction is
     * draining are skipped when draining all battles, and waited for when draining one battle (see {@code
     * BattleTallyRows#oldest}).
     *
     * @return how many were applied and the last one's id
     */
    public BattleTallies.Taken drain(long after, int limit, String battleId, Consumer<List<BattleTally>> applier) {
        BattleTallies.Taken taken = transactions.execute(status -> {
            List<BattleTallyRows.Row> rows = BattleTallyRows.oldest(jdbc, after, limit, battleId);
            if (rows.isEmpty()) {
                return new BattleTallies.Taken(0, after);
            }
            applier.accept(
                    rows.stream().map(row -> json.readTally(row.payload())).toList());
            BattleTallyRows.delete(
                    jdbc, rows.stream().map(BattleTallyRows.Row::id).toList());
            return new BattleTallies.Taken(rows.size(), rows.getLast().id());
        });
        return taken == null ? new BattleTallies.Taken(0, after) : taken;
    }
}
