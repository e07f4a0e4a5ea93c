package io.battlesim.engine.odds;

import io.battlesim.engine.Change;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * How gifts arrive on each side for the rest of a battle: a compound Poisson process per side, committed gifts at
 * {@code giftsPerSecond}, each worth coins drawn uniformly from the side's {@code coinSamples} (so a sample may be
 * repeated to weigh it). Arrays are copied in and out.
 *
 * @param giftsPerSecond committed gifts (a streak counts once) per second, per side; finite and not negative
 * @param coinSamples coins per gift to draw from, per side; not negative, not empty where the rate is positive
 */
public record ArrivalModel(double[] giftsPerSecond, long[][] coinSamples) {

    public ArrivalModel {
        giftsPerSecond = Objects.requireNonNull(giftsPerSecond, "giftsPerSecond must not be null")
                .clone();
        coinSamples = deepCopy(Objects.requireNonNull(coinSamples, "coinSamples must not be null"));
        if (giftsPerSecond.length != coinSamples.length || giftsPerSecond.length == 0) {
            throw new IllegalArgumentException("one rate and one sample set per side, at least one side, but got "
                    + giftsPerSecond.length + " rates and " + coinSamples.length + " sample sets");
        }
        for (int i = 0; i < giftsPerSecond.length; i++) {
            requireValid(i, giftsPerSecond[i], coinSamples[i]);
        }
    }

    /**
     * Fits the model to a battle's committed gifts so far, assuming gifts keep coming at the pace they came so far;
     * see {@link #fit(List, List, long, long, double[])}.
     */
    public static ArrivalModel fit(List<Change.GiftCommitted> commits, List<String> sideIds, long elapsedMillis) {
        return fit(commits, sideIds, elapsedMillis, 0, ArrivalFit.FLAT);
    }

    /**
     * Fits the model to a battle's committed gifts so far, shrunk toward a prior so a few gifts do not decide it, and
     * carried forward at the pace gifting usually takes over a round.
     *
     * <p>Rate: a side that received {@code n} gifts in {@code t} seconds gets {@code (n + λ₀·τ) / (t + τ)} with
     * {@code τ} = 30 s, the posterior mean under a gamma prior of mean {@code λ₀}; {@code λ₀} is the battle's pooled
     * rate per side shrunk the same way toward one gift every four seconds. With a pace, {@code t} is the time so far
     * weighted by the pace, and the rate is scaled by the mean pace of the time left: gifts that came slowly in a
     * slow opening promise more in a busy final push. Sizes: a side's own gifts plus 150 pseudo-gifts of TikTok's
     * usual gift sizes (see {@code ArrivalFit.PRIOR_COINS}), so the side's own history takes over as it grows while
     * the rare big gifts that decide battles stay possible. Sides are treated alike, so identical histories give
     * identical models.
     *
     * @param commits the committed gifts so far, in any order; commits for other side ids are skipped; never null
     * @param sideIds the battle's side ids in configuration order, at least two; never null
     * @param elapsedMillis how long the battle has run; not negative
     * @param remainingMillis how long it has left; not negative
     * @param pace relative gift rates over equal slices of the round (elapsed plus remaining), for example the
     *     tenths of {@code CrowdModel.arrivalsPerSecond()} fitted to recorded battles; {@code {1}} is an even pace;
     *     not empty, positive and finite; never null
     */
    public static ArrivalModel fit(
            List<Change.GiftCommitted> commits,
            List<String> sideIds,
            long elapsedMillis,
            long remainingMillis,
            double[] pace) {
        return new ArrivalFit(commits, sideIds, elapsedMillis, remainingMillis, pace).model();
    }

    /**
     * Every side alike: the same rate and the same gift sizes.
     *
     * @param sides how many sides, at least one
     * @param giftsPerSecond gifts per second per side, finite and not negative
     * @param coinSamples coins per gift to draw from; never null
     */
    public static ArrivalModel uniform(int sides, double giftsPerSecond, long[] coinSamples) {
        Objects.requireNonNull(coinSamples, "coinSamples must not be null");
        if (sides < 1) {
            throw new IllegalArgumentException("sides must be positive but was " + sides);
        }
        double[] rates = new double[sides];
        Arrays.fill(rates, giftsPerSecond);
        long[][] samples = new long[sides][];
        Arrays.fill(samples, coinSamples);
        return new ArrivalModel(rates, samples);
    }

    /** How many sides the model describes. */
    public int sides() {
        return giftsPerSecond.length;
    }

    @Override
    public double[] giftsPerSecond() {
        return giftsPerSecond.clone();
    }

    @Override
    public long[][] coinSamples() {
        return deepCopy(coinSamples);
    }

    double rate(int side) {
        return giftsPerSecond[side];
    }

    long[] samples(int side) {
        return coinSamples[side];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ArrivalModel that
                && Arrays.equals(giftsPerSecond, that.giftsPerSecond)
                && Arrays.deepEquals(coinSamples, that.coinSamples);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(giftsPerSecond) + Arrays.deepHashCode(coinSamples);
    }

    @Override
    public String toString() {
        return "ArrivalModel[giftsPerSecond=" + Arrays.toString(giftsPerSecond) + ", coinSamples="
                + Arrays.deepToString(coinSamples) + "]";
    }

    private static void requireValid(int side, double rate, long[] samples) {
        Objects.requireNonNull(samples, "coinSamples of side " + side + " must not be null");
        if (!(rate >= 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("side " + side + " has an invalid rate " + rate);
        }
        if (rate > 0 && samples.length == 0) {
            throw new IllegalArgumentException("side " + side + " receives gifts but has no coin samples");
        }
        for (long coins : samples) {
            if (coins < 0) {
                throw new IllegalArgumentException("side " + side + " has a negative coin sample " + coins);
            }
        }
    }

    private static long[][] deepCopy(long[][] samples) {
        long[][] copy = new long[samples.length][];
        for (int i = 0; i < samples.length; i++) {
            copy[i] = Objects.requireNonNull(samples[i], "coinSamples of side " + i + " must not be null")
                    .clone();
        }
        return copy;
    }
}
