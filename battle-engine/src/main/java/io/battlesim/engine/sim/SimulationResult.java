package io.battlesim.engine.sim;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a simulated battle ended.
 *
 * @param winnerSideId the winning side's id, or null for a tie
 * @param tie whether two or more sides shared the top score
 * @param scores final displayed scores by side index; never null
 * @param spentByAgent coins each agent spent, by agent id in seat order; never null
 * @param events events fed to the battle (start, gifts, boosters and ticks)
 */
public record SimulationResult(
        @Nullable String winnerSideId, boolean tie, long[] scores, Map<String, Long> spentByAgent, long events) {

    public SimulationResult {
        scores = Objects.requireNonNull(scores, "scores must not be null").clone();
        Objects.requireNonNull(spentByAgent, "spentByAgent must not be null");
    }

    @Override
    public long[] scores() {
        return scores.clone();
    }

    /** One side's final score. */
    public long score(int side) {
        return scores[side];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SimulationResult that
                && tie == that.tie
                && events == that.events
                && Objects.equals(winnerSideId, that.winnerSideId)
                && Arrays.equals(scores, that.scores)
                && spentByAgent.equals(that.spentByAgent);
    }

    @Override
    public int hashCode() {
        return Objects.hash(winnerSideId, tie, Arrays.hashCode(scores), spentByAgent, events);
    }

    @Override
    public String toString() {
        return "SimulationResult[winnerSideId=" + winnerSideId + ", tie=" + tie + ", scores=" + Arrays.toString(scores)
                + ", spentByAgent=" + spentByAgent + ", events=" + events + "]";
    }
}
