package io.battlesim.engine.agent;

import io.battlesim.engine.powerup.PowerUpKind;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * The sniper: keeps at least {@code reserveShare} of its budget for the final stretch (the last {@code finalShare}
 * of the round), trickling only the rest before it in small streaks. When the final stretch begins it uses a
 * Boosting Glove if the rules let agents and it can afford one, then spends the reserve in big gifts that land at
 * once: paced evenly to {@code dumpMillis} before the bell (when whatever is left goes), and at once as much as the
 * visible deficit times {@code behindFactor} when its side is behind.
 */
public final class Sniper implements Strategy {

    /**
     * The sniper's tunables.
     *
     * @param finalShare the final stretch as a share of the round (key {@code finalShare}, default 0.1), in (0, 1]
     * @param reserveShare the share of the budget kept for it (key {@code reserveShare}, default 0.8), in [0, 1]
     * @param behindFactor coins per point of deficit when behind (key {@code behindFactor}, default 1.2), not
     *     negative
     * @param bigGiftCoins the smallest gift unit of the final stretch (key {@code bigGiftCoins}, default 1000)
     * @param dumpMillis how long before the bell everything left goes (key {@code dumpMillis}, default 2000)
     * @param useGlove whether to use a Boosting Glove (key {@code useGlove}, 1 or 0, default 1)
     */
    public record Params(
            double finalShare,
            double reserveShare,
            double behindFactor,
            long bigGiftCoins,
            long dumpMillis,
            boolean useGlove) {

        /** The defaults. */
        public static final Params DEFAULTS = new Params(0.1, 0.8, 1.2, 1000, 2000, true);

        public Params {
            if (!(finalShare > 0 && finalShare <= 1) || !(reserveShare >= 0 && reserveShare <= 1)) {
                throw new IllegalArgumentException("finalShare must be in (0, 1] and reserveShare in [0, 1]");
            }
            if (!(behindFactor >= 0) || bigGiftCoins < 1 || dumpMillis < 0) {
                throw new IllegalArgumentException(
                        "behindFactor and dumpMillis must not be negative, bigGiftCoins" + " must be positive");
            }
        }

        /** Reads the tunables by name, defaults for the missing ones. */
        public static Params of(Map<String, Double> values) {
            Tunables t = Tunables.read(
                    values,
                    "sniper",
                    Set.of("finalShare", "reserveShare", "behindFactor", "bigGiftCoins", "dumpMillis", "useGlove"));
            return new Params(
                    t.get("finalShare", DEFAULTS.finalShare),
                    t.get("reserveShare", DEFAULTS.reserveShare),
                    t.get("behindFactor", DEFAULTS.behindFactor),
                    t.millis("bigGiftCoins", DEFAULTS.bigGiftCoins),
                    t.millis("dumpMillis", DEFAULTS.dumpMillis),
                    t.flag("useGlove", DEFAULTS.useGlove));
        }
    }

    /** The early trickle goes out in streaks of this many taps. */
    private static final int TRICKLE_TAPS = 10;

    private final Params params;
    private boolean inFinal;
    private long finalBudget;
    private long finalStart;
    private long lastOpponentScore;
    private @Nullable CatalogueGift trickleGift;
    private long nextTrickle;

    /** A sniper with the given tunables; never null. */
    public Sniper(Params params) {
        this.params = params;
    }

    @Override
    public void act(Observation seen, Wallet wallet, Actions actions, RandomGenerator random) {
        Long opponent = seen.bestOpponentScore();
        if (opponent != null) {
            lastOpponentScore = opponent;
        }
        long finalMillis = Math.round(seen.totalMillis() * params.finalShare());
        if (seen.remainingMillis() > finalMillis) {
            trickle(seen, wallet, actions, seen.totalMillis() - finalMillis);
            return;
        }
        if (!inFinal) {
            inFinal = true;
            finalStart = seen.now();
            if (params.useGlove() && actions.mayBoost(PowerUpKind.BOOSTING_GLOVE)) {
                actions.boost(PowerUpKind.BOOSTING_GLOVE);
            }
            finalBudget = wallet.remaining();
        }
        push(seen, wallet, actions);
    }

    /** Before the final stretch: at most the unreserved share, evenly, in short streaks of a small gift. */
    private void trickle(Observation seen, Wallet wallet, Actions actions, long beforeFinalMillis) {
        double perMilli = wallet.budget() * (1 - params.reserveShare()) / beforeFinalMillis;
        if (seen.elapsedMillis() < nextTrickle || perMilli <= 0) {
            return;
        }
        CatalogueGift unit = trickleGift;
        if (unit == null) {
            // one short streak every few seconds, not a tap stream: a unit worth about a second of the allowance
            unit = GiftCatalogue.largestStreakableUpTo(Math.max(1, Math.round(perMilli * 1000)));
            trickleGift = unit;
        }
        long owed = (long) (perMilli * Math.min(seen.elapsedMillis(), beforeFinalMillis)) - wallet.spent();
        long streak = (long) TRICKLE_TAPS * unit.coins();
        if (owed >= streak) {
            actions.give(unit, (int) Math.min(owed / unit.coins(), TRICKLE_TAPS * 2));
        }
        nextTrickle = (long) Math.ceil((wallet.spent() + streak) / perMilli);
    }

    /** The final stretch: the paced share of the reserve, or more when behind, in gifts that land at once. */
    private void push(Observation seen, Wallet wallet, Actions actions) {
        long left = wallet.remaining();
        if (left == 0) {
            return;
        }
        long untilDump = seen.remainingMillis() - params.dumpMillis();
        long paced;
        if (untilDump <= 0) {
            paced = left;
        } else {
            long stretch = Math.max(1, seen.now() + untilDump - finalStart);
            double share = Math.min(1, (seen.now() - finalStart) / (double) stretch);
            paced = (long) (finalBudget * share) - (finalBudget - left);
        }
        long deficit = lastOpponentScore - seen.ownScore();
        long wanted = paced;
        if (deficit > 0) {
            int multiplier = Math.max(1, seen.own().multiplier());
            wanted = Math.max(paced, (long) Math.ceil(deficit * params.behindFactor() / multiplier));
        }
        long unit = Math.min(params.bigGiftCoins(), Math.max(1, finalBudget / 8));
        if (wanted >= unit || untilDump <= 0) {
            Purchases.give(actions, Math.min(wanted, left), unit);
        }
    }
}
