package io.battlesim.app.battle.persistence;

import io.battlesim.app.battle.BattleSummary;
import io.battlesim.engine.BattleStatistics;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A row of table {@code battle_result}: what a finished battle keeps for the history.
 *
 * @param battleId the battle
 * @param winnerSideId the winner, or null for a tie
 * @param tie whether two or more sides shared the top score
 * @param scores final displayed score per side id
 * @param statistics the engine's final statistics (with the final snapshot)
 * @param summary the history entry
 */
public record BattleResultRow(
        String battleId,
        @Nullable String winnerSideId,
        boolean tie,
        Map<String, Long> scores,
        BattleStatistics statistics,
        BattleSummary summary) {

    public BattleResultRow {
        Objects.requireNonNull(battleId, "battleId must not be null");
        scores = Map.copyOf(Objects.requireNonNull(scores, "scores must not be null"));
        Objects.requireNonNull(statistics, "statistics must not be null");
        Objects.requireNonNull(summary, "summary must not be null");
    }
}
