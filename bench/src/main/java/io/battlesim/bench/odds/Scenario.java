package io.battlesim.bench.odds;

import io.battlesim.engine.BattleConfig;
import io.battlesim.engine.SideConfig;
import io.battlesim.engine.agent.AgentSpec;
import io.battlesim.engine.agent.StrategyKind;
import io.battlesim.engine.sim.CrowdModel;
import io.battlesim.engine.sim.Seat;
import io.battlesim.engine.sim.SimulationSetup;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The kinds of simulated battle the calibration checks, each drawn at random from its seed: sides of unequal
 * strength, so the forecasts spread over the whole range rather than bunching at ½.
 */
enum Scenario {
    /** A typical crowd on each side, each scaled by a factor from ½ to 2. */
    CROWDS,
    /** One agent per side, no crowd: strategies drawn from all five, budgets from 2,000 to 60,000 coins. */
    AGENTS,
    /** A typical crowd (scaled as in {@link #CROWDS}) and an agent on each side. */
    MIXED;

    private static final BattleConfig CONFIG = BattleConfig.builder("calibration")
            .side(SideConfig.host("A", "A", "room-a", "host-a"))
            .side(SideConfig.host("B", "B", "room-b", "host-b"))
            .build();

    static BattleConfig config() {
        return CONFIG;
    }

    /** The pace of the typical crowd over a round, by tenths: what recorded battles would tell the forecaster. */
    static double[] pace() {
        return CrowdModel.typical().arrivalsPerSecond();
    }

    SimulationSetup setup(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Seat> seats = this == CROWDS ? List.of() : List.of(agent("a", 0, random), agent("b", 1, random));
        Map<Integer, CrowdModel> crowds = this == AGENTS ? Map.of() : Map.of(0, crowd(random), 1, crowd(random));
        return new SimulationSetup(CONFIG, seats, crowds, random.nextLong());
    }

    private static Seat agent(String id, int side, SplittableRandom random) {
        StrategyKind[] kinds = StrategyKind.values();
        long budget = Math.round(2_000 * Math.pow(30, random.nextDouble()));
        return new Seat(AgentSpec.of(id, kinds[random.nextInt(kinds.length)], budget), side);
    }

    private static CrowdModel crowd(SplittableRandom random) {
        return CrowdModel.typical().scaled(Math.pow(2, random.nextDouble(-1, 1)));
    }
}
