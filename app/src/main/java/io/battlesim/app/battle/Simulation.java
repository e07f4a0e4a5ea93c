package io.battlesim.app.battle;

import io.battlesim.engine.agent.StrategyKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What makes a battle a simulation played at 1x: on every side an AI agent, a simulated crowd or both give, in
 * virtual rooms no LIVE connector follows. Like a practice battle it never counts on the leaderboards or in a creator's
 * record, and its title says "Simulation".
 *
 * @param sides the sides in order, 2 to 8; never null
 * @param crowd who gives on every side besides its agent; never null
 * @param seed the seed of the agents' and crowds' random choices
 */
public record Simulation(List<SimulatedSide> sides, CrowdKind crowd, long seed) {

    public static final String TITLE_PREFIX = "Simulation: ";
    private static final String ROOM_PREFIX = "ai-side-";

    /**
     * One side of a simulation.
     *
     * @param label the side's label, untrusted text; never null
     * @param strategy how its agent gives, or null for a side where only the crowd gives
     * @param budget its agent's coins for the battle (ignored without an agent)
     */
    public record SimulatedSide(String label, @Nullable StrategyKind strategy, long budget) {

        public SimulatedSide {
            Objects.requireNonNull(label, "label must not be null");
        }
    }

    public Simulation {
        sides = List.copyOf(Objects.requireNonNull(sides, "sides must not be null"));
        Objects.requireNonNull(crowd, "crowd must not be null");
    }

    /** Whether a room is one of a simulation's virtual rooms. */
    public static boolean isAgentRoom(RoomBinding room) {
        return room.roomId().startsWith(ROOM_PREFIX);
    }

    /**
     * The battle's setup: one virtual room per side, the title prefixed {@value #TITLE_PREFIX}. Throws {@link
     * InvalidBattleSetupException} naming the field for a bad side count, label or budget, or a side where nobody
     * would give.
     */
    public BattleSetup setup(String title, BattleRules rules, @Nullable Long ownerUserId) {
        if (sides.size() < 2 || sides.size() > 8) {
            throw new InvalidBattleSetupException("simulation.sides", "must list 2 to 8 sides");
        }
        List<SideSetup> sideSetups = new ArrayList<>();
        for (int i = 0; i < sides.size(); i++) {
            SimulatedSide side = sides.get(i);
            String path = "simulation.sides[" + i + "]";
            if (side.label().isBlank() || side.label().length() > BattleConfigs.MAX_LABEL) {
                throw new InvalidBattleSetupException(
                        path + ".label", "must be 1 to " + BattleConfigs.MAX_LABEL + " characters");
            }
            if (side.strategy() == null && crowd == CrowdKind.NONE) {
                throw new InvalidBattleSetupException(
                        path + ".strategy", "needs an agent when there is no crowd: nobody would give");
            }
            if (side.strategy() != null
                    && (side.budget() < Practice.MIN_BUDGET || side.budget() > Practice.MAX_BUDGET)) {
                throw new InvalidBattleSetupException(
                        path + ".budget",
                        "must be between " + Practice.MIN_BUDGET + " and " + Practice.MAX_BUDGET + " coins");
            }
            String room = ROOM_PREFIX + (i + 1);
            sideSetups.add(new SideSetup(side.label(), List.of(RoomBinding.host(Practice.AI_USERNAME, room, room))));
        }
        String titled = title.startsWith(TITLE_PREFIX) ? title : TITLE_PREFIX + title;
        if (titled.length() > BattleConfigs.MAX_TITLE) {
            titled = titled.substring(0, BattleConfigs.MAX_TITLE);
        }
        return new BattleSetup(titled, sideSetups, rules, SourceKind.SIMULATED, ownerUserId, null, this);
    }
}
