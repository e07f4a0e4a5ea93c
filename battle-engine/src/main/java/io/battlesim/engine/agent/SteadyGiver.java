package io.battlesim.engine.agent;

import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * The steady giver: spends its budget evenly over the round (budget / duration coins a second), in streaks of a
 * small gift, whatever the score. It picks the dearest streakable gift that keeps it near {@code tapsPerSecond}
 * taps a second (or the configured {@code giftCoins}), and sends a streak whenever it owes at least {@code minTaps}
 * of them against its even schedule. The schedule runs a streak ahead, so the last streak ends before the bell.
 */
public final class SteadyGiver implements Strategy {

    /**
     * The steady giver's tunables.
     *
     * @param tapsPerSecond the tapping pace the gift is chosen for (key {@code tapsPerSecond}, default 1), positive
     * @param minTaps the shortest streak it sends (key {@code minTaps}, default 10), positive
     * @param giftCoins the unit price to prefer, 0 to choose by pace (key {@code giftCoins}, default 0)
     */
    public record Params(double tapsPerSecond, int minTaps, int giftCoins) {

        /** The defaults. */
        public static final Params DEFAULTS = new Params(1, 10, 0);

        public Params {
            if (!(tapsPerSecond > 0) || minTaps < 1 || giftCoins < 0) {
                throw new IllegalArgumentException(
                        "tapsPerSecond and minTaps must be positive, giftCoins not negative");
            }
        }

        /** Reads the tunables by name, defaults for the missing ones. */
        public static Params of(Map<String, Double> values) {
            Tunables t = Tunables.read(values, "steady", Set.of("tapsPerSecond", "minTaps", "giftCoins"));
            return new Params(
                    t.get("tapsPerSecond", DEFAULTS.tapsPerSecond),
                    t.integer("minTaps", DEFAULTS.minTaps),
                    t.integer("giftCoins", DEFAULTS.giftCoins));
        }
    }

    /** A hundred taps take ten seconds; a longer streak would fall behind the schedule it keeps. */
    private static final long MAX_STREAK = 100;

    private final Params params;
    private @Nullable CatalogueGift gift;
    private long nextCheck;

    /** A steady giver with the given tunables; never null. */
    public SteadyGiver(Params params) {
        this.params = params;
    }

    @Override
    public void act(Observation seen, Wallet wallet, Actions actions, RandomGenerator random) {
        CatalogueGift unit = gift(seen, wallet);
        long leadMillis = Math.round(params.minTaps() / params.tapsPerSecond() * 1000);
        boolean lastCall = seen.remainingMillis() <= leadMillis;
        if (!lastCall && seen.elapsedMillis() < nextCheck) {
            return; // the schedule owes less than a streak until then
        }
        double progress = Math.min(1, (seen.elapsedMillis() + leadMillis) / (double) seen.totalMillis());
        long owed = Math.min((long) (wallet.budget() * progress) - wallet.spent(), wallet.remaining());
        long taps = owed / unit.coins();
        if (taps >= params.minTaps() || (lastCall && taps >= 1)) {
            actions.give(unit, (int) Math.min(taps, MAX_STREAK));
        }
        long streak = (long) params.minTaps() * unit.coins();
        nextCheck = wallet.budget() == 0
                ? Long.MAX_VALUE
                : (long) Math.ceil((wallet.spent() + streak) * (double) seen.totalMillis() / wallet.budget())
                        - leadMillis;
    }

    private CatalogueGift gift(Observation seen, Wallet wallet) {
        CatalogueGift chosen = gift;
        if (chosen == null) {
            double coinsPerSecond = wallet.budget() * 1000.0 / seen.totalMillis();
            long unit = params.giftCoins() > 0
                    ? params.giftCoins()
                    : (long) Math.max(1, coinsPerSecond / params.tapsPerSecond());
            chosen = GiftCatalogue.largestStreakableUpTo(unit);
            if (chosen.coins() * 2L < unit) {
                // a budget too big to tap through: gifts that arrive at once keep the pace
                chosen = GiftCatalogue.largestUpTo(unit);
            }
            gift = chosen;
        }
        return chosen;
    }
}
