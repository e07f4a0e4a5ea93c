package io.battlesim.tiktok.emulator.videos;

import java.time.Instant;
import java.util.SplittableRandom;

/**
 * How one video's counts grow with its age: each count follows a saturating curve {@code ceiling × (1 −
 * exp(−(age/τ)^shape))} that rises fast in the first days and then flattens, so counts are a pure function of the
 * video's seed and age and never decrease. Likes, comments and shares saturate towards their own share of the
 * views on slightly different time scales, so their ratios to the views drift over time without going backwards.
 *
 * @param ceiling the views the video approaches
 * @param tauDays the age in days at which about 63% of the views are in
 * @param shape below 1 for a long tail
 * @param likeRate final likes per view
 * @param commentRate final comments per view
 * @param shareRate final shares per view
 */
record Growth(double ceiling, double tauDays, double shape, double likeRate, double commentRate, double shareRate) {

    private static final double MILLIS_PER_DAY = 86_400_000.0;
    private static final double WARM_UP_DAYS = 1 / 24.0;
    private static final double VIRAL_SHARE = 0.025;
    private static final double MAX_VIEWS = 2.0e9;

    /**
     * Draws a video's curve.
     *
     * @param seed the video's seed
     * @param expectedViews the creator's typical ceiling for a video posted at that time
     */
    static Growth draw(long seed, double expectedViews) {
        SplittableRandom random = new SplittableRandom(seed);
        boolean viral = random.nextDouble() < VIRAL_SHARE;
        double ceiling = expectedViews * Math.exp(0.9 * random.nextGaussian());
        if (viral) {
            ceiling *= random.nextDouble(8, 40);
        }
        return new Growth(
                Math.min(MAX_VIEWS, Math.max(3, ceiling)),
                viral ? random.nextDouble(3, 9) : random.nextDouble(0.6, 2.5),
                random.nextDouble(0.55, 0.85),
                random.nextDouble(0.04, 0.13) * (viral ? 1.3 : 1),
                random.nextDouble(0.002, 0.012),
                random.nextDouble(0.001, 0.008) * (viral ? 2 : 1));
    }

    VideoCounts countsAt(Instant createTime, Instant at) {
        double ageDays = ageDays(createTime, at);
        if (ageDays <= 0) {
            return VideoCounts.ZERO;
        }
        return new VideoCounts(
                (long) (ceiling * progress(ageDays, tauDays)),
                int32(ceiling * likeRate * progress(ageDays, tauDays * 0.8)),
                int32(ceiling * commentRate * progress(ageDays, tauDays * 0.7)),
                int32(ceiling * shareRate * progress(ageDays, tauDays * 1.3)));
    }

    long viewsAt(Instant createTime, Instant at) {
        double ageDays = ageDays(createTime, at);
        return ageDays <= 0 ? 0 : (long) (ceiling * progress(ageDays, tauDays));
    }

    // age²/(age + 1 h): a video needs its first hour to get going, after that the age counts an hour short; still
    // increasing in the real age.
    private static double ageDays(Instant createTime, Instant at) {
        double age = (at.toEpochMilli() - createTime.toEpochMilli()) / MILLIS_PER_DAY;
        return age <= 0 ? 0 : age * age / (age + WARM_UP_DAYS);
    }

    // Math.pow and Math.expm1 are semi-monotonic by specification, so a later instant never gives a smaller count.
    private double progress(double ageDays, double tau) {
        return -Math.expm1(-Math.pow(ageDays / tau, shape));
    }

    private static long int32(double value) {
        return (long) Math.min(Integer.MAX_VALUE, value);
    }
}
