package io.battlesim.engine;

import io.battlesim.engine.event.Gift;
import io.battlesim.engine.event.Sender;
import io.battlesim.engine.powerup.Effect;
import io.battlesim.engine.powerup.PowerUpKind;
import io.battlesim.engine.powerup.TriggeredBy;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One thing an applied event changed; gift alerts come from {@link GiftCommitted}, one per streak. */
public sealed interface Change {

    /**
     * A streak is provisional at a higher count (the provisional channel: the bar may move by it, totals do not).
     *
     * @param sideId the side it would count for
     * @param sender who is sending
     * @param gift the gift
     * @param repeatCount the cumulative count so far
     * @param provisionalCoins count times unit price
     */
    record StreakUpdated(String sideId, Sender sender, Gift gift, int repeatCount, long provisionalCoins)
            implements Change {}

    /**
     * A gift was committed to a side's total (the committed channel), exactly once.
     *
     * @param sideId the side it counted for
     * @param roomId the LIVE room that received it (which of a team side's creators it was sent to)
     * @param sender who sent it
     * @param gift the gift
     * @param count units
     * @param coins count times unit price
     * @param points points scored after multipliers and freezes
     * @param inferred whether the streak's end event never came and it was finalised at its last count
     * @param snipe whether it is a snipe (decided as it is committed, see {@link BattleSnapshot#snipes()})
     * @param at the commit's time (the end event's, or the streak's last event's when inferred)
     */
    record GiftCommitted(
            String sideId,
            String roomId,
            Sender sender,
            Gift gift,
            int count,
            long coins,
            long points,
            boolean inferred,
            boolean snipe,
            long at)
            implements Change {}

    /**
     * Likes were counted for a side.
     *
     * @param sideId the side
     * @param sender who liked
     * @param likes likes in the event
     * @param points points they scored (0 unless like scoring is on)
     */
    record LikesAdded(String sideId, Sender sender, int likes, long points) implements Change {}

    /**
     * A side got strictly ahead of every other side.
     *
     * @param sideId the new leader
     * @param score its displayed score
     * @param at when
     */
    record LeadTaken(String sideId, long score, long at) implements Change {}

    /**
     * The battle moved to another phase.
     *
     * @param phase the new phase
     * @param at when
     */
    record PhaseChanged(Phase phase, long at) implements Change {}

    /**
     * The battle's result, at its end.
     *
     * @param winnerSideId the winner, or null for a tie
     * @param tie whether two or more sides share the top score
     * @param scores displayed scores by side id
     */
    record BattleDecided(@Nullable String winnerSideId, boolean tie, Map<String, Long> scores) implements Change {}

    /**
     * A power-up was used.
     *
     * @param kind the power-up
     * @param sideId the side that used it
     * @param by who triggered it, or null for a TikTok card mirrored from a real match
     * @param actorId the creator, viewer or agent behind it, or null
     * @param at when
     */
    record PowerUpActivated(
            PowerUpKind kind,
            String sideId,
            @Nullable TriggeredBy by,
            @Nullable String actorId,
            long at) implements Change {}

    /**
     * An effect window was opened on a side.
     *
     * @param sideId the affected side
     * @param effect the effect
     * @param from window start
     * @param until window end (exclusive)
     * @param factor the points factor for multipliers, else 1 (0 for a freeze)
     */
    record EffectOpened(String sideId, Effect effect, long from, long until, int factor) implements Change {}

    /**
     * A side's visible effect state changed as time passed (a window started or ran out).
     *
     * @param sideId the side
     * @param multiplier the points multiplier now in force
     * @param hidden whether the side's score is hidden from opponents
     * @param frozen whether the side's scoring is frozen
     */
    record EffectsChanged(String sideId, int multiplier, boolean hidden, boolean frozen) implements Change {}

    /**
     * The timer changed (a time maker, or TikTok's own start and duration in mirror mode).
     *
     * @param startedAt the battle's start
     * @param endsAt the battle's current end
     */
    record TimerChanged(long startedAt, long endsAt) implements Change {}

    /**
     * TikTok's authoritative scores were applied (mirror mode).
     *
     * @param scoresBySide TikTok's score per side id
     */
    record MirrorScoresUpdated(Map<String, Long> scoresBySide) implements Change {}
}
