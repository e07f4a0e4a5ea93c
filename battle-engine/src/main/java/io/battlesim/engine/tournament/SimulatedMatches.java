package io.battlesim.engine.tournament;

import io.battlesim.engine.BattleConfig;
import io.battlesim.engine.SideConfig;
import io.battlesim.engine.agent.AgentSpec;
import io.battlesim.engine.sim.CrowdModel;
import io.battlesim.engine.sim.Seat;
import io.battlesim.engine.sim.SimulationResult;
import io.battlesim.engine.sim.SimulationSetup;
import io.battlesim.engine.sim.Simulator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The default {@link MatchRunner}: every battle played by the {@link Simulator} on a two-sided battle, the first
 * agent on the first side, with the given crowds (or none, so the agents alone decide). Stateless and thread-safe.
 */
public final class SimulatedMatches implements MatchRunner {

    private final Simulator simulator = new Simulator();
    private final BattleConfig config;
    private final Map<Integer, CrowdModel> crowds;
    private final Duration step;

    /**
     * Battles on {@code config} (exactly two sides) with these crowds by side index and this simulation step; none
     * may be null.
     */
    public SimulatedMatches(BattleConfig config, Map<Integer, CrowdModel> crowds, Duration step) {
        this.config = Objects.requireNonNull(config, "config must not be null");
        this.crowds = Map.copyOf(Objects.requireNonNull(crowds, "crowds must not be null"));
        this.step = Objects.requireNonNull(step, "step must not be null");
        if (config.sides().size() != 2) {
            throw new IllegalArgumentException(
                    "a match is two-sided but the battle has " + config.sides().size());
        }
    }

    /** Agents alone, head to head: a five-minute battle with the standard boosters, no crowds, 250 ms steps. */
    public static SimulatedMatches headToHead() {
        return new SimulatedMatches(duel().build(), Map.of(), SimulationSetup.DEFAULT_STEP);
    }

    /** Head to head in front of a {@link CrowdModel#typical() typical} crowd on each side, which adds luck. */
    public static SimulatedMatches withTypicalCrowds() {
        CrowdModel crowd = CrowdModel.typical();
        return new SimulatedMatches(duel().build(), Map.of(0, crowd, 1, crowd), SimulationSetup.DEFAULT_STEP);
    }

    @Override
    public MatchOutcome play(AgentSpec first, AgentSpec second, long seed) {
        SimulationResult result = simulator.run(
                new SimulationSetup(config, List.of(new Seat(first, 0), new Seat(second, 1)), crowds, seed, step));
        if (result.tie()) {
            return MatchOutcome.TIE;
        }
        return config.side(0).id().equals(result.winnerSideId()) ? MatchOutcome.FIRST_WON : MatchOutcome.SECOND_WON;
    }

    private static BattleConfig.Builder duel() {
        return BattleConfig.builder("tournament")
                .side(SideConfig.host("A", "First", "room-a", "host-a"))
                .side(SideConfig.host("B", "Second", "room-b", "host-b"));
    }
}
