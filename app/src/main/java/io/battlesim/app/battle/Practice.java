package io.battlesim.app.battle;

import io.battlesim.engine.agent.StrategyKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What makes a battle a practice battle: a simulated agent plays its last side, in one virtual room no LIVE
 * connector follows. A practice battle never counts on the leaderboards, and its title says so.
 *
 * @param agentName the agent's display name, untrusted text; never null
 * @param strategy how the agent gives; never null
 * @param budget the agent's coins for the battle
 * @param seed the agent's random seed
 */
public record Practice(String agentName, StrategyKind strategy, long budget, long seed) {

    public static final String TITLE_PREFIX = "Practice: ";
    public static final String AI_USERNAME = "ai";
    public static final String AI_ROOM_ID = "ai-agent";
    public static final String AI_HOST_ID = "ai-agent-host";
    public static final long MIN_BUDGET = 100;
    public static final long MAX_BUDGET = 10_000_000;

    public Practice {
        Objects.requireNonNull(agentName, "agentName must not be null");
        Objects.requireNonNull(strategy, "strategy must not be null");
    }

    /** The default agent name for a strategy, such as "AI Sniper". */
    public static String defaultName(StrategyKind strategy) {
        String name = strategy.name().toLowerCase(Locale.ROOT);
        return "AI " + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** Whether a room is the agent's virtual room (no LIVE connector follows it). */
    public static boolean isAgentRoom(RoomBinding room) {
        return AI_ROOM_ID.equals(room.roomId());
    }

    /**
     * A practice battle's setup: the creator's side, then the agent's side; the title is prefixed
     * {@value #TITLE_PREFIX}. Throws {@link InvalidBattleSetupException} for a budget out of range.
     */
    public BattleSetup setup(
            String title, SideSetup creatorSide, BattleRules rules, SourceKind source, @Nullable Long ownerUserId) {
        if (budget < MIN_BUDGET || budget > MAX_BUDGET) {
            throw new InvalidBattleSetupException(
                    "practice.budget", "must be between " + MIN_BUDGET + " and " + MAX_BUDGET + " coins");
        }
        if (agentName.isBlank() || agentName.length() > BattleConfigs.MAX_LABEL) {
            throw new InvalidBattleSetupException(
                    "practice.agentName", "must be 1 to " + BattleConfigs.MAX_LABEL + " characters");
        }
        String titled = title.startsWith(TITLE_PREFIX) ? title : TITLE_PREFIX + title;
        if (titled.length() > BattleConfigs.MAX_TITLE) {
            titled = titled.substring(0, BattleConfigs.MAX_TITLE);
        }
        List<SideSetup> sides = new ArrayList<>();
        sides.add(creatorSide);
        sides.add(new SideSetup(agentName, List.of(RoomBinding.host(AI_USERNAME, AI_ROOM_ID, AI_HOST_ID))));
        return new BattleSetup(titled, sides, rules, source, ownerUserId, this);
    }
}
