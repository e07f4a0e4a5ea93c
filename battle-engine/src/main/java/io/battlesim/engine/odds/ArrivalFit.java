package io.battlesim.engine.odds;

import io.battlesim.engine.Change;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Fits an {@link ArrivalModel} to a battle's gifts so far, as {@link ArrivalModel#fit(List, List, long, long,
 * double[])} describes: rates shrunk toward the pooled rate and carried forward at the round's pace, sizes mixed
 * with a prior of TikTok's usual gift sizes.
 */
final class ArrivalFit {

    /** An even pace over the round. */
    static final double[] FLAT = {1};

    /**
     * The prior's weight on a side's rate, as seconds of pseudo-observation: after 30 s of battle a side's own
     * rate and the prior count half each. Chosen so one early gift does not make a side look like a firehose.
     */
    static final double PRIOR_SECONDS = 30;

    /** The rate assumed before anything has arrived anywhere: one gift per side every four seconds. */
    static final double DEFAULT_GIFTS_PER_SECOND = 0.25;

    /**
     * Gift sizes assumed before a side's own gifts say otherwise, as 150 equally likely pseudo-gifts: the means of
     * the 150 equal slices of the coins a committed gift carries, with the gift mix of {@code live-events.md}
     * (mostly Roses and Finger Hearts, streaks of 1 to 60 taps) and 3 % of gifts from big spenders (Galaxy up to
     * TikTok Universe), the same assumptions as the simulator's typical crowd. Sizes are heavy-tailed: the top slice
     * is a 22,000-coin gift, and the rare big gifts carry most of a battle's variance, which a side's few dozen own
     * gifts rarely show, so the prior keeps them in view until a side has sent about as many gifts itself.
     * Measured on 1,500 simulated crowd battles: with a lighter prior of 50 pseudo-gifts, forecasts of 98 % came
     * true 93 % of the time; with these 150, forecasts of 97 % come true 95 % of the time.
     */
    static final long[] PRIOR_COINS = {
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3,
        3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5, 5, 5, 6, 6, 6, 6, 8, 8, 8, 8, 10, 10, 10, 10, 10, 10, 10, 10, 10, 12, 12,
        12, 13, 15, 15, 15, 15, 15, 18, 20, 20, 20, 20, 20, 20, 20, 22, 28, 30, 30, 30, 30, 30, 30, 30, 39, 40, 44, 50,
        60, 60, 60, 60, 60, 60, 60, 73, 81, 93, 99, 100, 100, 100, 104, 120, 149, 152, 185, 199, 200, 200, 234, 298,
        299, 299, 300, 300, 300, 332, 399, 437, 500, 591, 600, 670, 717, 834, 899, 942, 1_000, 1_000, 1_023, 1_198,
        1_470, 1_851, 2_348, 3_280, 4_935, 5_812, 8_169, 22_073
    };

    private final List<Change.GiftCommitted> commits;
    private final List<String> sideIds;
    private final int[] sideOf;
    private final int[] counts;
    private final double exposureSeconds;
    private final double paceAhead;

    ArrivalFit(
            List<Change.GiftCommitted> commits,
            List<String> sideIds,
            long elapsedMillis,
            long remainingMillis,
            double[] pace) {
        this.commits = Objects.requireNonNull(commits, "commits must not be null");
        this.sideIds = Objects.requireNonNull(sideIds, "sideIds must not be null");
        Objects.requireNonNull(pace, "pace must not be null");
        if (elapsedMillis < 0 || remainingMillis < 0) {
            throw new IllegalArgumentException("elapsedMillis and remainingMillis must not be negative but were "
                    + elapsedMillis + " and " + remainingMillis);
        }
        Pace shape = new Pace(pace, elapsedMillis + remainingMillis);
        this.exposureSeconds = shape.integral(0, elapsedMillis) / 1000;
        this.paceAhead = remainingMillis == 0
                ? 1
                : shape.integral(elapsedMillis, elapsedMillis + remainingMillis) / remainingMillis;
        this.sideOf = new int[commits.size()];
        this.counts = new int[sideIds.size()];
        for (int c = 0; c < sideOf.length; c++) {
            sideOf[c] = sideIds.indexOf(commits.get(c).sideId());
            if (sideOf[c] >= 0) {
                counts[sideOf[c]]++;
            }
        }
    }

    ArrivalModel model() {
        int sides = sideIds.size();
        double pooled = (observed() / (double) Math.max(1, sides) + DEFAULT_GIFTS_PER_SECOND * PRIOR_SECONDS)
                / (exposureSeconds + PRIOR_SECONDS);
        double[] rates = new double[sides];
        long[][] samples = new long[sides][];
        int[] filled = new int[sides];
        for (int i = 0; i < sides; i++) {
            rates[i] = paceAhead * (counts[i] + pooled * PRIOR_SECONDS) / (exposureSeconds + PRIOR_SECONDS);
            samples[i] = Arrays.copyOf(PRIOR_COINS, PRIOR_COINS.length + counts[i]);
            filled[i] = PRIOR_COINS.length;
        }
        for (int c = 0; c < sideOf.length; c++) {
            if (sideOf[c] >= 0) {
                samples[sideOf[c]][filled[sideOf[c]]++] = commits.get(c).coins();
            }
        }
        return new ArrivalModel(rates, samples);
    }

    private int observed() {
        int sum = 0;
        for (int count : counts) {
            sum += count;
        }
        return sum;
    }

    /** A pace as a step function over the round, scaled to average 1. */
    private static final class Pace {

        private final double[] relative;
        private final double sliceMillis;

        Pace(double[] pace, long roundMillis) {
            double sum = 0;
            for (double p : pace) {
                if (!(p > 0) || Double.isInfinite(p)) {
                    throw new IllegalArgumentException("pace must be positive and finite: " + Arrays.toString(pace));
                }
                sum += p;
            }
            if (pace.length == 0) {
                throw new IllegalArgumentException("pace must not be empty");
            }
            this.relative = new double[pace.length];
            for (int k = 0; k < pace.length; k++) {
                relative[k] = pace[k] * pace.length / sum;
            }
            this.sliceMillis = Math.max(1, roundMillis) / (double) pace.length;
        }

        /** The pace integrated from {@code from} to {@code to}, in pace-weighted milliseconds. */
        double integral(double from, double to) {
            double total = 0;
            for (int k = 0; k < relative.length; k++) {
                double overlap = Math.min(to, (k + 1) * sliceMillis) - Math.max(from, k * sliceMillis);
                total += overlap > 0 ? overlap * relative[k] : 0;
            }
            return total;
        }
    }
}
