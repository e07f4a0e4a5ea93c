package io.battlesim.app.scoreboard.view;

import io.battlesim.app.audience.AudienceView;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A battle's scoreboard as every viewer may see it: the {@code data} of a {@code scoreboard} or {@code ended}
 * event. A misted side's score (and its supporters' coins) are {@code null}.
 *
 * @param battleId the battle
 * @param version rises with every applied event; clients ignore a view older than the one they show
 * @param phase SCHEDULED, LIVE, EXTENDED or ENDED
 * @param timer the countdown
 * @param sides every side, in configuration order
 * @param leader the side ahead, or null
 * @param leadChanges how often the lead changed hands
 * @param winner the winning side once ended, or null (not ended, or a tie)
 * @param tie whether the battle ended in a tie
 * @param snipes the latest gifts committed in the final stretch, newest last
 * @param pendingStreaks streaks still being tapped (not counted yet)
 * @param audience the audience's votes and goals
 */
public record ScoreboardView(
        String battleId,
        long version,
        String phase,
        Timer timer,
        List<SideView> sides,
        @Nullable String leader,
        int leadChanges,
        @Nullable String winner,
        boolean tie,
        List<SnipeView> snipes,
        int pendingStreaks,
        AudienceView audience) {

    /** Whether the battle is over. */
    public boolean ended() {
        return "ENDED".equals(phase);
    }

    /** Whether the battle is running. */
    public boolean running() {
        return "LIVE".equals(phase) || "EXTENDED".equals(phase);
    }

    /** The side with this id, or null. */
    public @Nullable SideView side(@Nullable String sideId) {
        return sides.stream()
                .filter(side -> side.id().equals(sideId))
                .findFirst()
                .orElse(null);
    }

    /**
     * The countdown. Clients correct for their own clock with {@code serverNow}.
     *
     * @param startedAt the start, epoch ms, or null while scheduled
     * @param endsAt the current end including extensions, epoch ms, or null while scheduled
     * @param remainingMillis time left at the battle's latest event
     * @param durationMillis the configured round length
     * @param serverNow the server's clock when this view was made, epoch ms
     */
    public record Timer(
            @Nullable Long startedAt,
            @Nullable Long endsAt,
            long remainingMillis,
            long durationMillis,
            long serverNow) {}

    /**
     * One side.
     *
     * @param id the side's id
     * @param label its display name, untrusted text
     * @param score its score, or null while hidden by Magic Mist
     * @param multiplier the points multiplier in force (1 without a booster)
     * @param multiplierUntil when the multiplier ends, epoch ms, or null
     * @param frozen whether the side's scoring is frozen (an opponent's Stun Hammer)
     * @param frozenUntil when the freeze ends, or null
     * @param hidden whether the side's score is hidden (Magic Mist)
     * @param hiddenUntil when the mist lifts, or null
     * @param topGifters the best supporters, best first
     */
    public record SideView(
            String id,
            String label,
            @Nullable Long score,
            int multiplier,
            @Nullable Long multiplierUntil,
            boolean frozen,
            @Nullable Long frozenUntil,
            boolean hidden,
            @Nullable Long hiddenUntil,
            List<GifterView> topGifters) {}

    /**
     * A supporter.
     *
     * @param nickname the display name, untrusted text
     * @param coins coins sent, or null while the side is misted
     */
    public record GifterView(String nickname, @Nullable Long coins) {}

    /**
     * A gift in the final stretch.
     *
     * @param sideId the side it scored for
     * @param nickname the sender, untrusted text
     * @param giftName the gift, untrusted text
     * @param coins its coins
     * @param at when, epoch ms
     */
    public record SnipeView(String sideId, String nickname, String giftName, long coins, long at) {}
}
