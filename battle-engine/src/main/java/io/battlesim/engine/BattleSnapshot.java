package io.battlesim.engine;

import io.battlesim.engine.powerup.Effect;
import io.battlesim.engine.powerup.PowerUpKind;
import io.battlesim.engine.scoring.Gifter;
import io.battlesim.engine.scoring.LeadChange;
import io.battlesim.engine.scoring.Snipe;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An immutable picture of a battle for publishing to clients; a higher {@code version} is always newer, so
 * clients drop stale pictures and a reconnecting client needs only the latest.
 *
 * @param battleId the battle's id
 * @param version rises by one on every applied event
 * @param phase the battle's phase
 * @param now the time of the latest applied event, epoch milliseconds (0 before any)
 * @param startedAt the start, or null while scheduled
 * @param endsAt the current end (including extensions), or null while scheduled
 * @param endedAt when it actually ended, or null while not ended
 * @param remainingMillis time left at {@code now} (the full duration while scheduled, 0 once ended)
 * @param mirrored whether TikTok's own battle events drive the displayed scores
 * @param sides every side, in configuration order
 * @param pendingStreaks provisional streaks, oldest first
 * @param leader the side currently ahead (last to get strictly ahead), or null
 * @param leadChanges how often the lead passed from one side to another
 * @param leadTimeline every lead taken, in order
 * @param snipes the gifts of the final stretch that turned the battle, oldest first (see {@link
 *     io.battlesim.engine.scoring.Snipes}), decided as each was committed
 * @param winner the winning side once ended, or null (not ended, or a tie)
 * @param tie whether the battle ended with two or more sides sharing the top score
 * @param audience the audience's votes and goals
 */
public record BattleSnapshot(
        String battleId,
        long version,
        Phase phase,
        long now,
        @Nullable Long startedAt,
        @Nullable Long endsAt,
        @Nullable Long endedAt,
        long remainingMillis,
        boolean mirrored,
        List<Side> sides,
        List<PendingStreak> pendingStreaks,
        @Nullable String leader,
        int leadChanges,
        List<LeadChange> leadTimeline,
        List<Snipe> snipes,
        @Nullable String winner,
        boolean tie,
        AudienceSnapshot audience) {

    /** A snapshot saved before audience interaction existed reads back with an empty audience. */
    public BattleSnapshot {
        if (audience == null) {
            audience = AudienceSnapshot.none();
        }
    }

    /** The side with the given id, or null. */
    public @Nullable Side side(String sideId) {
        for (Side side : sides) {
            if (side.id().equals(sideId)) {
                return side;
            }
        }
        return null;
    }

    /**
     * One side's scores, effects and supporters.
     *
     * @param id the side's id
     * @param label the side's display name, untrusted text
     * @param score the displayed score: TikTok's in mirror mode once it sent scores, else our own tally
     * @param ownScore our own tally of committed points
     * @param tiktokScore TikTok's score, or null when none was received
     * @param provisionalScore the displayed score plus pending streaks' points (not in mirror mode)
     * @param coins coins committed (before multipliers)
     * @param likes likes received
     * @param gifts gifts committed (a streak counts once)
     * @param multiplier points multiplier in force at {@code now}
     * @param hidden whether the score is hidden from opponents at {@code now} (views mask it)
     * @param frozen whether the side's scoring is frozen at {@code now}
     * @param effects effect windows in force or still to come
     * @param topGifters the best supporters, best first
     * @param mvp the best supporter, or null
     * @param powerUpsUsed uses per power-up kind
     */
    public record Side(
            String id,
            String label,
            long score,
            long ownScore,
            @Nullable Long tiktokScore,
            long provisionalScore,
            long coins,
            long likes,
            int gifts,
            int multiplier,
            boolean hidden,
            boolean frozen,
            List<ActiveEffect> effects,
            List<Gifter> topGifters,
            @Nullable Gifter mvp,
            Map<PowerUpKind, Integer> powerUpsUsed) {}

    /**
     * An effect window in force or still to come.
     *
     * @param effect the effect
     * @param from window start
     * @param until window end (exclusive)
     * @param factor the multiplier for multiplier effects, else 1 (0 for a freeze)
     */
    public record ActiveEffect(Effect effect, long from, long until, int factor) {}

    /**
     * A provisional streak (not yet in any total).
     *
     * @param sideId the side it would count for
     * @param roomId its room
     * @param userId the sender
     * @param nickname the sender's display name, untrusted text
     * @param giftId the gift
     * @param giftName the gift's name, untrusted text
     * @param diamondCount the unit price in coins
     * @param repeatCount the cumulative count so far
     * @param provisionalCoins count times unit price
     * @param lastSeenAt the time of its latest event
     */
    public record PendingStreak(
            String sideId,
            String roomId,
            String userId,
            String nickname,
            int giftId,
            String giftName,
            int diamondCount,
            int repeatCount,
            long provisionalCoins,
            long lastSeenAt) {}
}
