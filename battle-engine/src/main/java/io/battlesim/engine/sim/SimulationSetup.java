package io.battlesim.engine.sim;

import io.battlesim.engine.BattleConfig;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One simulated battle: the battle, who plays for which side, the crowds, the seed and the step.
 *
 * @param config the battle (sides, duration, booster rules); never null
 * @param seats the agents, each on a side of {@code config}; ids unique; never null, may be empty
 * @param crowds a simulated audience per side index; never null, may be empty (then only agents give)
 * @param seed the seed every random choice of the run derives from
 * @param step how often agents act and the battle is ticked; positive, never null (default 250 ms). A coarser step
 *     is faster
 */
public record SimulationSetup(
        BattleConfig config, List<Seat> seats, Map<Integer, CrowdModel> crowds, long seed, Duration step) {

    /** Agents act and the battle ticks four times a second by default. */
    public static final Duration DEFAULT_STEP = Duration.ofMillis(250);

    public SimulationSetup {
        Objects.requireNonNull(config, "config must not be null");
        seats = List.copyOf(Objects.requireNonNull(seats, "seats must not be null"));
        crowds = Map.copyOf(Objects.requireNonNull(crowds, "crowds must not be null"));
        Objects.requireNonNull(step, "step must not be null");
        if (step.toMillis() < 1) {
            throw new IllegalArgumentException("step must be at least 1 ms but was " + step);
        }
        int sides = config.sides().size();
        Set<String> ids = new HashSet<>();
        for (Seat seat : seats) {
            requireSide(seat.side(), sides);
            if (!ids.add(seat.agent().id())) {
                throw new IllegalArgumentException(
                        "two agents share the id " + seat.agent().id());
            }
        }
        for (Integer side : crowds.keySet()) {
            requireSide(side, sides);
        }
    }

    /** A setup with the default step of 250 ms. */
    public SimulationSetup(BattleConfig config, List<Seat> seats, Map<Integer, CrowdModel> crowds, long seed) {
        this(config, seats, crowds, seed, DEFAULT_STEP);
    }

    /** This setup with another seed. */
    public SimulationSetup withSeed(long newSeed) {
        return new SimulationSetup(config, seats, crowds, newSeed, step);
    }

    /** This setup with another step; never null. */
    public SimulationSetup withStep(Duration newStep) {
        return new SimulationSetup(config, seats, crowds, seed, newStep);
    }

    private static void requireSide(int side, int sides) {
        if (side < 0 || side >= sides) {
            throw new IllegalArgumentException("side " + side + " is not one of the battle's " + sides + " sides");
        }
    }
}
