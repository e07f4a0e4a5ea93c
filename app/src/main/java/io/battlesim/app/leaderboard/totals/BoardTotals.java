package io.battlesim.app.leaderboard.totals;

import io.battlesim.app.battle.BattleTallies;
import io.battlesim.app.battle.BattleTally;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one writer of the leaderboard totals. Tallies are added in the transaction that takes them from the battle
 * module, so each counts exactly once; hiding, showing or deleting a battle first takes that battle's waiting
 * tallies, then subtracts (or adds back) everything the battle contributed. One lock orders these writers in this
 * process, and every one of their transactions first locks the {@code board_writer} row, which orders them across
 * the nodes of a cluster: a tally of a battle being hidden is never added to the public boards after the subtraction,
 * and two nodes never add up the same totals rows at once. A round that finds another node adding up does nothing
 * (that node takes what waits); hiding, showing, deleting and pruning wait for it.
 */
@Component
public class BoardTotals {

    /** Tallies read and parsed at a time. */
    static final int DRAIN_BATCH = 200;

    /**
     * Tallies summed in one transaction at most. A round writes each changed row once, however many tallies named it,
     * so the rounds that follow a long rest under load (see {@code TallyProjector}) take many; memory grows with the
     * rows changed, not with the tallies.
     */
    static final int ROUND_LIMIT = 20_000;

    private final BattleTallies tallies;
    private final BattleRows battles;
    private final BoardRows boards;
    private final TransactionTemplate transactions;
    private final ReentrantLock writer = new ReentrantLock();

    public BoardTotals(BattleTallies tallies, DataSource dataSource) {
        var jdbc = new JdbcTemplate(dataSource);
        this.tallies = tallies;
        this.battles = new BattleRows(jdbc);
        this.boards = new BoardRows(jdbc);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    /**
     * Adds every waiting tally to the totals, unless another node is adding them up right now (its round takes them,
     * and this node's next round whatever comes after).
     *
     * @return the battles and creators whose boards changed (for live overlays); empty when nothing was waiting
     */
    public Changed drainAll() {
        Changed changed = new Changed(new LinkedHashSet<>(), new LinkedHashSet<>());
        writer.lock();
        try {
            while (Boolean.TRUE.equals(
                    transactions.execute(status -> boards.lockWriter(false) && round(null, changed)))) {
                // more are waiting
            }
        } finally {
            writer.unlock();
        }
        return changed;
    }

    /** Takes a battle off the public boards (its own board and rows stay); false if it was hidden already. */
    public boolean hide(String battleId) {
        return changeVisibility(battleId, true);
    }

    /** Puts a hidden battle back on the public boards; false if it was not hidden. */
    public boolean show(String battleId) {
        return changeVisibility(battleId, false);
    }

    /**
     * Takes everything a battle contributed off the boards, before the battle is deleted: call it inside the
     * transaction that deletes the battle, so both happen or neither.
     */
    public void forget(String battleId) {
        writer.lock();
        try {
            transactions.executeWithoutResult(status -> {
                boards.lockWriter(true);
                drainBattle(battleId);
                if (!battles.hidden(battleId)) {
                    contribution(battleId, -1);
                }
            });
        } finally {
            writer.unlock();
        }
    }

    /** Deletes the totals of periods no board shows any more (see {@code BoardRows#prune}); how many rows went. */
    public int prune(java.time.LocalDate today) {
        writer.lock();
        try {
            Integer deleted = transactions.execute(status -> {
                boards.lockWriter(true);
                return boards.prune(today);
            });
            return deleted == null ? 0 : deleted;
        } finally {
            writer.unlock();
        }
    }

    /** Whether the battle's owner took it off the public boards. */
    public boolean hidden(String battleId) {
        return battles.hidden(battleId);
    }

    private boolean changeVisibility(String battleId, boolean hide) {
        writer.lock();
        try {
            Boolean changed = transactions.execute(status -> {
                boards.lockWriter(true);
                drainBattle(battleId);
                if (battles.hidden(battleId) == hide) {
                    return false;
                }
                if (hide) {
                    battles.hide(battleId);
                } else {
                    battles.show(battleId);
                }
                contribution(battleId, hide ? -1 : 1);
                return true;
            });
            return Boolean.TRUE.equals(changed);
        } finally {
            writer.unlock();
        }
    }

    /** Adds the battle's waiting tallies, inside the caller's transaction. */
    private void drainBattle(String battleId) {
        Changed ignored = new Changed(new HashSet<>(), new HashSet<>());
        while (round(battleId, ignored)) {
            // more are waiting
        }
    }

    /**
     * Takes up to {@link #ROUND_LIMIT} waiting tallies (of one battle, or of all when {@code battleId} is null) and
     * adds them to the totals, in the caller's transaction: the battle module's reads and deletes join it.
     *
     * @return whether more may be waiting
     */
    private boolean round(String battleId, Changed changed) {
        Round round = new Round(changed);
        BattleTallies.Taken taken = new BattleTallies.Taken(0, 0);
        int total = 0;
        do {
            taken = battleId == null
                    ? tallies.drain(taken.lastId(), DRAIN_BATCH, round::add)
                    : tallies.drainBattle(battleId, taken.lastId(), DRAIN_BATCH, round::add);
            total += taken.count();
        } while (taken.count() == DRAIN_BATCH && total < ROUND_LIMIT);
        round.write();
        return taken.count() == DRAIN_BATCH;
    }

    /** Adds ({@code sign} 1) or subtracts (-1) all a battle gave to the public totals. */
    private void contribution(String battleId, int sign) {
        GifterDeltas gifters = new GifterDeltas();
        CreatorDeltas creators = new CreatorDeltas();
        for (BattleRows.GifterRow row : battles.gifters(battleId)) {
            gifters.add(
                    row.creator(),
                    row.gifterId(),
                    row.uniqueId(),
                    row.nickname(),
                    row.day(),
                    sign * row.coins(),
                    sign * row.gifts());
            creators.coins(row.creator(), row.day(), sign * row.coins());
        }
        for (BattleRows.CreatorRow row : battles.creators(battleId)) {
            creators.result(row.creator(), row.day(), row.result(), row.margin(), sign);
        }
        boards.write(gifters);
        boards.write(creators);
    }

    /** The changes of one round, summed per row until they are written. */
    private final class Round {

        private final Changed changed;
        private final BattleGifterDeltas battleGifters = new BattleGifterDeltas();
        private final GifterDeltas gifters = new GifterDeltas();
        private final CreatorDeltas creators = new CreatorDeltas();

        Round(Changed changed) {
            this.changed = changed;
        }

        void add(List<BattleTally> batch) {
            Set<String> hidden = battles.hidden(
                    batch.stream().map(BattleTally::battleId).distinct().toList());
            for (BattleTally tally : batch) {
                boolean visible = !hidden.contains(tally.battleId());
                changed.battles().add(tally.battleId());
                switch (tally) {
                    case BattleTally.Gifts gifts -> {
                        battleGifters.add(gifts);
                        if (visible) {
                            addToBoards(gifts);
                        }
                    }
                    case BattleTally.Outcome outcome -> {
                        battles.add(outcome);
                        if (visible) {
                            for (BattleTally.CreatorResult creator : outcome.creators()) {
                                creators.result(
                                        creator.creator(), outcome.day(), creator.result(), creator.margin(), 1);
                                changed.creators().add(creator.creator());
                            }
                        }
                    }
                }
            }
        }

        private void addToBoards(BattleTally.Gifts gifts) {
            for (BattleTally.GiftLine line : gifts.lines()) {
                gifters.add(
                        line.creator(),
                        line.gifterId(),
                        line.uniqueId(),
                        line.nickname(),
                        gifts.day(),
                        line.coins(),
                        line.gifts());
                creators.coins(line.creator(), gifts.day(), line.coins());
                changed.creators().add(line.creator());
            }
        }

        void write() {
            battles.write(battleGifters);
            boards.write(gifters);
            boards.write(creators);
        }
    }

    /**
     * Boards that changed.
     *
     * @param battles battles whose own board changed
     * @param creators creators whose board changed
     */
    public record Changed(Set<String> battles, Set<String> creators) {

        public boolean isEmpty() {
            return battles.isEmpty() && creators.isEmpty();
        }
    }
}
