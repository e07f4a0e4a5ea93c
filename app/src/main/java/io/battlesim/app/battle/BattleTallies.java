package io.battlesim.app.battle;

import io.battlesim.app.battle.persistence.BattleTallyStore;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/**
 * What battles added to the leaderboards, for the module that adds them up: each {@link BattleTally} is handed out
 * exactly once, inside a transaction that claims ({@code FOR UPDATE SKIP LOCKED}) and deletes it, so totals updated
 * by the consumer in the same transaction (same data source) count every committed gift once even if the app stops
 * midway, and however many nodes drain at the same moment.
 */
@Service
public class BattleTallies {

    private final BattleTallyStore store;

    BattleTallies(BattleTallyStore store) {
        this.store = store;
    }

    /**
     * Applies the oldest tallies after {@code after}, at most {@code limit}, in one transaction (the caller's, when one
     * is open on the same data source).
     *
     * @param after the {@link Taken#lastId()} of the previous drain in the caller's transaction, 0 for the first: a
     *     transaction's own deletes stay in the table until it commits, so reading past them keeps many drains in one
     *     transaction from reading them again
     * @param applier adds the tallies up, on the same data source; a failure rolls everything back
     * @return how many tallies were applied (0 when none was waiting) and the last one's id
     */
    public Taken drain(long after, int limit, Consumer<List<BattleTally>> applier) {
        return store.drain(after, limit, "", Objects.requireNonNull(applier, "applier must not be null"));
    }

    /** As {@link #drain}, for one battle's tallies only (before the battle is hidden from the boards or deleted). */
    public Taken drainBattle(String battleId, long after, int limit, Consumer<List<BattleTally>> applier) {
        Objects.requireNonNull(battleId, "battleId must not be null");
        if (battleId.isEmpty()) {
            throw new IllegalArgumentException("battleId must not be empty");
        }
        return store.drain(after, limit, battleId, Objects.requireNonNull(applier, "applier must not be null"));
    }

    /**
     * What one drain took.
     *
     * @param count how many tallies were applied
     * @param lastId the id of the last one ({@code after} when none was)
     */
    public record Taken(int count, long lastId) {}
}
