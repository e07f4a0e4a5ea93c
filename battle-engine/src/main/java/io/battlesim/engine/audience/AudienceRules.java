package io.battlesim.engine.audience;

import io.battlesim.engine.powerup.PowerUpKind;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a battle's creator lets the audience do.
 *
 * @param enabled whether viewers may vote at all (when off every vote is refused, likes fill no goal and gifts
 *     cast no votes)
 * @param voteWindow the sliding window of the per-viewer limit; 1 second to 1 hour
 * @param votesPerWindow accepted votes per viewer in any window, 1 to 100
 * @param boosters the boosters viewers may fill, with their goals; never null, may be empty (votes then only
 *     support a side)
 * @param chatCommands whether votes from LIVE chat commands count
 * @param chatSyntax how chat commands are written; never null
 * @param likeGoal the like goal per side, or null when likes fill no goal
 * @param giftVotes gift-weighted votes, or null (the default) when gifts cast no votes
 */
public record AudienceRules(
        boolean enabled,
        Duration voteWindow,
        int votesPerWindow,
        Map<PowerUpKind, BoosterGoal> boosters,
        boolean chatCommands,
        ChatSyntax chatSyntax,
        @Nullable LikeGoal likeGoal,
        @Nullable GiftVotes giftVotes) {

    static final Duration MAX_DURATION = Duration.ofHours(1);
    public static final int MAX_VOTES_PER_WINDOW = 100;

    public AudienceRules {
        Objects.requireNonNull(voteWindow, "voteWindow must not be null");
        Objects.requireNonNull(boosters, "boosters must not be null");
        Objects.requireNonNull(chatSyntax, "chatSyntax must not be null");
        if (voteWindow.compareTo(Duration.ofSeconds(1)) < 0 || voteWindow.compareTo(MAX_DURATION) > 0) {
            throw new IllegalArgumentException("voteWindow must be 1 second to 1 hour but was " + voteWindow);
        }
        if (votesPerWindow < 1 || votesPerWindow > MAX_VOTES_PER_WINDOW) {
            throw new IllegalArgumentException(
                    "votesPerWindow must be 1 to " + MAX_VOTES_PER_WINDOW + " but was " + votesPerWindow);
        }
        boosters = boosters.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(boosters));
    }

    /** Audience interaction switched off (the default for a battle). */
    public static AudienceRules off() {
        return standard().switched(false);
    }

    /**
     * Switched on: one vote per viewer per 10 s; a glove after 50 votes, a mist after 50, a hammer after 100 and a
     * time maker after 30 (each then cools down for a minute); chat commands count; every 1,000 likes fire a glove;
     * gifts cast no votes.
     */
    public static AudienceRules standard() {
        Map<PowerUpKind, BoosterGoal> goals = new EnumMap<>(PowerUpKind.class);
        Duration minute = Duration.ofMinutes(1);
        goals.put(PowerUpKind.BOOSTING_GLOVE, new BoosterGoal(50, minute));
        goals.put(PowerUpKind.MAGIC_MIST, new BoosterGoal(50, minute));
        goals.put(PowerUpKind.STUN_HAMMER, new BoosterGoal(100, minute));
        goals.put(PowerUpKind.TIME_MAKER, new BoosterGoal(30, minute));
        return new AudienceRules(
                true,
                Duration.ofSeconds(10),
                1,
                goals,
                true,
                ChatSyntax.standard(),
                new LikeGoal(1_000, PowerUpKind.BOOSTING_GLOVE),
                null);
    }

    /** These rules switched on or off. */
    public AudienceRules switched(boolean on) {
        return new AudienceRules(
                on, voteWindow, votesPerWindow, boosters, chatCommands, chatSyntax, likeGoal, giftVotes);
    }

    /** The goal of a booster, or null when viewers may not fill it. */
    public @Nullable BoosterGoal goal(PowerUpKind kind) {
        return boosters.get(kind);
    }
}
