package io.battlesim.engine.odds;

import io.battlesim.engine.BattleSnapshot;
import io.battlesim.engine.powerup.Effect;
import io.battlesim.engine.scoring.Saturating;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Where a battle's race stands, per side in configuration order: what {@link WinProbability} plays forward from.
 * Times are milliseconds from now. Arrays are copied in and out, so a state never changes.
 *
 * @param remainingMillis time left; 0 once the battle is decided
 * @param scores displayed scores
 * @param multipliers points multiplier in force now (1 without a booster)
 * @param multiplierUntil how long the multiplier in force stays on, 0 when none is on
 * @param frozenFor how long the side's scoring stays frozen (a stun hammer), 0 when not frozen
 * @param pendingCoins coins of streaks still in progress: the engine commits them at least at their current count
 *     (when their end event comes, when they time out, or when the battle ends), so they count as sure to score
 */
public record RaceState(
        long remainingMillis,
        long[] scores,
        int[] multipliers,
        long[] multiplierUntil,
        long[] frozenFor,
        long[] pendingCoins) {

    public RaceState {
        scores = Objects.requireNonNull(scores, "scores must not be null").clone();
        multipliers = Objects.requireNonNull(multipliers, "multipliers must not be null")
                .clone();
        multiplierUntil = Objects.requireNonNull(multiplierUntil, "multiplierUntil must not be null")
                .clone();
        frozenFor =
                Objects.requireNonNull(frozenFor, "frozenFor must not be null").clone();
        pendingCoins = Objects.requireNonNull(pendingCoins, "pendingCoins must not be null")
                .clone();
        int sides = scores.length;
        if (sides < 2) {
            throw new IllegalArgumentException("a race needs at least two sides but has " + sides);
        }
        if (multipliers.length != sides
                || multiplierUntil.length != sides
                || frozenFor.length != sides
                || pendingCoins.length != sides) {
            throw new IllegalArgumentException("every array must have one entry per side (" + sides + ")");
        }
        if (remainingMillis < 0) {
            throw new IllegalArgumentException("remainingMillis must not be negative but was " + remainingMillis);
        }
        for (int i = 0; i < sides; i++) {
            if (multipliers[i] < 1 || multiplierUntil[i] < 0 || frozenFor[i] < 0 || pendingCoins[i] < 0) {
                throw new IllegalArgumentException("side " + i + " has a negative time or coins, or a multiplier"
                        + " below 1: " + multipliers[i] + ", " + multiplierUntil[i] + ", " + frozenFor[i] + ", "
                        + pendingCoins[i]);
            }
        }
    }

    /**
     * Two or more sides at the given scores with nothing else going on: no booster, no freeze, no pending streak.
     *
     * @param remainingMillis time left, not negative
     * @param scores displayed scores, at least two; never null
     */
    public static RaceState level(long remainingMillis, long... scores) {
        int sides = scores.length;
        return new RaceState(remainingMillis, scores, filled(sides), new long[sides], new long[sides], new long[sides]);
    }

    /**
     * The race in a snapshot: displayed scores, the time left, the multiplier in force and until when its window
     * runs, the freeze in force and until when, and the coins of every pending streak. Effect windows that have not
     * started yet are left out: they are rare (a window always opens now) and the snapshot is the present.
     *
     * @param snapshot the battle as it stands; never null
     */
    public static RaceState of(BattleSnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot must not be null");
        List<BattleSnapshot.Side> sides = snapshot.sides();
        int n = sides.size();
        long now = snapshot.now();
        long remaining = Math.max(0, snapshot.remainingMillis());
        long[] scores = new long[n];
        int[] multipliers = new int[n];
        long[] multiplierUntil = new long[n];
        long[] frozenFor = new long[n];
        for (int i = 0; i < n; i++) {
            BattleSnapshot.Side side = sides.get(i);
            scores[i] = side.score();
            multipliers[i] = Math.max(1, side.multiplier());
            for (BattleSnapshot.ActiveEffect effect : side.effects()) {
                if (effect.from() > now || effect.until() <= now) {
                    continue;
                }
                long left = Math.min(remaining, effect.until() - now);
                if (effect.effect() == Effect.FREEZE) {
                    frozenFor[i] = Math.max(frozenFor[i], left);
                } else if (multiplies(effect) && effect.factor() == multipliers[i] && multipliers[i] > 1) {
                    multiplierUntil[i] = Math.max(multiplierUntil[i], left);
                }
            }
        }
        return new RaceState(remaining, scores, multipliers, multiplierUntil, frozenFor, pendingCoins(snapshot));
    }

    /** This state with {@code coins} more pending on {@code side}: what sending a gift now would do. */
    public RaceState withAddedCoins(int side, long coins) {
        Objects.checkIndex(side, scores.length);
        if (coins < 0) {
            throw new IllegalArgumentException("coins must not be negative but was " + coins);
        }
        long[] pending = pendingCoins.clone();
        pending[side] = Saturating.add(pending[side], coins);
        return new RaceState(remainingMillis, scores, multipliers, multiplierUntil, frozenFor, pending);
    }

    /** How many sides race. */
    public int sides() {
        return scores.length;
    }

    @Override
    public long[] scores() {
        return scores.clone();
    }

    @Override
    public int[] multipliers() {
        return multipliers.clone();
    }

    @Override
    public long[] multiplierUntil() {
        return multiplierUntil.clone();
    }

    @Override
    public long[] frozenFor() {
        return frozenFor.clone();
    }

    @Override
    public long[] pendingCoins() {
        return pendingCoins.clone();
    }

    /** A side's score once its pending streaks are in: they commit at the factor in force now (0 while frozen). */
    long securedScore(int side) {
        long factor = frozenFor[side] > 0 ? 0 : multipliers[side];
        return Saturating.add(scores[side], Saturating.multiply(pendingCoins[side], factor));
    }

    /** Milliseconds of the time left in which the side scores at its multiplier: after any freeze, before the end. */
    long boostedMillis(int side) {
        if (multipliers[side] == 1) {
            return 0;
        }
        return Math.max(0, Math.min(multiplierUntil[side], remainingMillis) - frozenMillis(side));
    }

    /** Milliseconds of the time left in which the side scores plain coins. */
    long plainMillis(int side) {
        long boostedEnd = multipliers[side] == 1 ? 0 : Math.min(multiplierUntil[side], remainingMillis);
        return remainingMillis - Math.max(frozenMillis(side), boostedEnd);
    }

    int multiplier(int side) {
        return multipliers[side];
    }

    private long frozenMillis(int side) {
        return Math.min(frozenFor[side], remainingMillis);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RaceState that
                && remainingMillis == that.remainingMillis
                && Arrays.equals(scores, that.scores)
                && Arrays.equals(multipliers, that.multipliers)
                && Arrays.equals(multiplierUntil, that.multiplierUntil)
                && Arrays.equals(frozenFor, that.frozenFor)
                && Arrays.equals(pendingCoins, that.pendingCoins);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                remainingMillis,
                Arrays.hashCode(scores),
                Arrays.hashCode(multipliers),
                Arrays.hashCode(multiplierUntil),
                Arrays.hashCode(frozenFor),
                Arrays.hashCode(pendingCoins));
    }

    @Override
    public String toString() {
        return "RaceState[remainingMillis=" + remainingMillis + ", scores=" + Arrays.toString(scores)
                + ", multipliers=" + Arrays.toString(multipliers) + ", multiplierUntil="
                + Arrays.toString(multiplierUntil) + ", frozenFor=" + Arrays.toString(frozenFor) + ", pendingCoins="
                + Arrays.toString(pendingCoins) + "]";
    }

    private static boolean multiplies(BattleSnapshot.ActiveEffect effect) {
        return effect.effect() == Effect.BOOST || effect.effect() == Effect.TASK_MULTIPLIER;
    }

    private static long[] pendingCoins(BattleSnapshot snapshot) {
        List<BattleSnapshot.Side> sides = snapshot.sides();
        long[] pending = new long[sides.size()];
        for (BattleSnapshot.PendingStreak streak : snapshot.pendingStreaks()) {
            for (int i = 0; i < pending.length; i++) {
                if (sides.get(i).id().equals(streak.sideId())) {
                    pending[i] = Saturating.add(pending[i], streak.provisionalCoins());
                }
            }
        }
        return pending;
    }

    private static int[] filled(int sides) {
        int[] ones = new int[sides];
        Arrays.fill(ones, 1);
        return ones;
    }
}
