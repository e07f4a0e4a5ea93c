package io.battlesim.app.leaderboard;

import io.battlesim.app.battle.BattleDeleting;
import io.battlesim.app.leaderboard.totals.BoardTotals;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Takes a deleted battle's gifts and result off every board, inside the transaction that deletes it. */
@Component
class DeletedBattles {

    private final BoardTotals totals;

    DeletedBattles(BoardTotals totals) {
        this.totals = totals;
    }

    @EventListener
    void on(BattleDeleting deleting) {
        totals.forget(deleting.battleId());
    }
}
