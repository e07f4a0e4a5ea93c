package io.battlesim.engine;

import io.battlesim.engine.scoring.Saturating;

/**
 * How likes score: every {@code likesPerUnit} likes on a side earn {@code pointsPerUnit} points (before
 * multipliers). Likes are always counted; they score only when {@code pointsPerUnit} is positive.
 *
 * @param likesPerUnit likes per scoring unit, at least 1
 * @param pointsPerUnit points per unit, 0 to disable like scoring
 */
public record LikeScoring(int likesPerUnit, int pointsPerUnit) {

    private static final LikeScoring OFF = new LikeScoring(1, 0);

    public LikeScoring {
        if (likesPerUnit < 1) {
            throw new IllegalArgumentException("likesPerUnit must be at least 1 but was " + likesPerUnit);
        }
        if (pointsPerUnit < 0) {
            throw new IllegalArgumentException("pointsPerUnit must not be negative but was " + pointsPerUnit);
        }
    }

    /** Likes do not score. */
    public static LikeScoring off() {
        return OFF;
    }

    /** {@code points} points per like. */
    public static LikeScoring pointsPerLike(int points) {
        return new LikeScoring(1, points);
    }

    /** Whether likes score at all. */
    public boolean enabled() {
        return pointsPerUnit > 0;
    }

    /** Points earned by a side's total of {@code likes} likes (whole units only), at most {@link Long#MAX_VALUE}. */
    public long pointsFor(long likes) {
        return Saturating.multiply(likes / likesPerUnit, pointsPerUnit);
    }
}
