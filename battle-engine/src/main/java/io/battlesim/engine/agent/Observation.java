package io.battlesim.engine.agent;

import io.battlesim.engine.BattleSnapshot;
import io.battlesim.engine.Phase;
import io.battlesim.engine.powerup.Effect;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a viewer of one side sees at an instant: the timer, every side's score unless a Magic Mist hides it from
 * them, each side's multiplier and freeze, and the recent gift feed. Agents decide on nothing else.
 *
 * @param now the instant, epoch milliseconds
 * @param remainingMillis time left on the timer, not negative
 * @param phase the battle's phase at {@code now}; never null
 * @param sides every side in configuration order; never null
 * @param ownSide the index in {@code sides} of the side the viewer supports
 * @param feed recent committed gifts, oldest first (without a misted opponent's gifts while the mist lasts); never
 *     null
 * @param elapsedMillis time since the start, not negative (with {@code remainingMillis}: the round's length)
 */
public record Observation(
        long now,
        long remainingMillis,
        Phase phase,
        List<SideSeen> sides,
        int ownSide,
        List<FeedItem> feed,
        long elapsedMillis) {

    public Observation {
        Objects.requireNonNull(phase, "phase must not be null");
        sides = List.copyOf(Objects.requireNonNull(sides, "sides must not be null"));
        Objects.requireNonNull(feed, "feed must not be null");
        feed = feed instanceof GiftFeed.View ? feed : List.copyOf(feed); // a view is immutable already
        Objects.checkIndex(ownSide, sides.size());
        if (remainingMillis < 0 || elapsedMillis < 0) {
            throw new IllegalArgumentException("remainingMillis and elapsedMillis must not be negative");
        }
    }

    /**
     * One side as a viewer sees it.
     *
     * @param sideId the side's id; never null
     * @param score the displayed score, or null while a Magic Mist hides it from this viewer
     * @param multiplier the points multiplier in force, at least 1
     * @param frozen whether the side's scoring is frozen (an opponent's Stun Hammer)
     * @param hidden whether the side's score is misted (from opponents; its own viewers still see it)
     */
    public record SideSeen(String sideId, @Nullable Long score, int multiplier, boolean frozen, boolean hidden) {

        public SideSeen {
            Objects.requireNonNull(sideId, "sideId must not be null");
        }
    }

    /**
     * A gift committed to a side, as the gift feed shows it.
     *
     * @param sideId the side it counted for; never null
     * @param coins its coins (count times unit price)
     * @param at when it was committed, epoch milliseconds
     */
    public record FeedItem(String sideId, long coins, long at) {

        public FeedItem {
            Objects.requireNonNull(sideId, "sideId must not be null");
        }
    }

    /** What a supporter of side {@code ownSide} sees in {@code snapshot} at its own time; see the other factory. */
    public static Observation of(BattleSnapshot snapshot, int ownSide, List<FeedItem> feed) {
        return of(
                snapshot,
                ownSide,
                feed,
                Objects.requireNonNull(snapshot, "snapshot must not be null").now());
    }

    /**
     * What a supporter of side {@code ownSide} sees in {@code snapshot} at instant {@code at} (at or after the
     * snapshot's time): effect windows and the timer are read at {@code at}; a misted opponent's score is hidden,
     * and so are its feed items since the mist began. Arguments must not be null.
     */
    public static Observation of(BattleSnapshot snapshot, int ownSide, List<FeedItem> feed, long at) {
        Objects.requireNonNull(snapshot, "snapshot must not be null");
        Objects.requireNonNull(feed, "feed must not be null");
        List<BattleSnapshot.Side> all = snapshot.sides();
        Objects.checkIndex(ownSide, all.size());
        List<SideSeen> seen = new ArrayList<>(all.size());
        List<FeedItem> visible = feed;
        for (int i = 0; i < all.size(); i++) {
            BattleSnapshot.Side side = all.get(i);
            long mistFrom = activeFrom(side, Effect.MIST, at);
            boolean hidden = mistFrom != Long.MAX_VALUE;
            boolean masked = hidden && i != ownSide;
            if (masked) {
                visible = withoutGiftsSince(visible, side.id(), mistFrom);
            }
            seen.add(new SideSeen(
                    side.id(),
                    masked ? null : side.score(),
                    multiplierAt(side, at),
                    activeFrom(side, Effect.FREEZE, at) != Long.MAX_VALUE,
                    hidden));
        }
        Long startedAt = snapshot.startedAt();
        Long endsAt = snapshot.endsAt();
        long remaining = endsAt == null ? snapshot.remainingMillis() : Math.max(0, endsAt - at);
        long elapsed = startedAt == null ? 0 : Math.max(0, at - startedAt);
        Phase phase = snapshot.phase().running() && remaining == 0 ? Phase.ENDED : snapshot.phase();
        return new Observation(at, remaining, phase, seen, ownSide, visible, elapsed);
    }

    /** Whether the battle is running: agents act only then. */
    public boolean running() {
        return phase.running() && remainingMillis > 0;
    }

    /** The supporter's own side; never null. */
    public SideSeen own() {
        return sides.get(ownSide);
    }

    /** The own side's score (never hidden from its own viewers). */
    public long ownScore() {
        Long score = own().score();
        return score == null ? 0 : score;
    }

    /** The best visible opposing score, or null when every opponent is misted. */
    public @Nullable Long bestOpponentScore() {
        Long best = null;
        for (int i = 0; i < sides.size(); i++) {
            Long score = sides.get(i).score();
            if (i != ownSide && score != null && (best == null || score > best)) {
                best = score;
            }
        }
        return best;
    }

    /** The round's length as the viewer sees it: elapsed plus remaining, at least 1 ms. */
    public long totalMillis() {
        return Math.max(1, elapsedMillis + remainingMillis);
    }

    /** The feed without a side's gifts from {@code since} on (a misted opponent's, which its viewers cannot see). */
    public static List<FeedItem> withoutGiftsSince(List<FeedItem> feed, String sideId, long since) {
        List<FeedItem> kept = new ArrayList<>(feed.size());
        for (FeedItem item : feed) {
            if (!(item.sideId().equals(sideId) && item.at() >= since)) {
                kept.add(item);
            }
        }
        return List.copyOf(kept);
    }

    private static int multiplierAt(BattleSnapshot.Side side, long at) {
        int result = 1;
        for (BattleSnapshot.ActiveEffect effect : side.effects()) {
            boolean multiplies = effect.effect() == Effect.BOOST || effect.effect() == Effect.TASK_MULTIPLIER;
            if (multiplies && at >= effect.from() && at < effect.until()) {
                result = Math.max(result, effect.factor());
            }
        }
        return result;
    }

    /** The start of the effect's window covering {@code at}, or {@link Long#MAX_VALUE} when none does. */
    private static long activeFrom(BattleSnapshot.Side side, Effect kind, long at) {
        for (BattleSnapshot.ActiveEffect effect : side.effects()) {
            if (effect.effect() == kind && at >= effect.from() && at < effect.until()) {
                return effect.from();
            }
        }
        return Long.MAX_VALUE;
    }
}
