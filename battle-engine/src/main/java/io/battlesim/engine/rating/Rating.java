package io.battlesim.engine.rating;

/**
 * A Glicko-2 rating on the familiar Glicko scale (a newcomer is 1500 ± 350).
 *
 * @param rating the rating, finite
 * @param deviation the rating deviation: one standard deviation of the belief in the rating; positive
 * @param volatility how much the player's strength is expected to wander between periods; positive
 */
public record Rating(double rating, double deviation, double volatility) {

    /** A newcomer: 1500, deviation 350, volatility 0.06, as Glickman recommends. */
    public static final Rating INITIAL = new Rating(1500, 350, 0.06);

    public Rating {
        if (!Double.isFinite(rating)
                || !(deviation > 0)
                || !(volatility > 0)
                || Double.isInfinite(deviation)
                || Double.isInfinite(volatility)) {
            throw new IllegalArgumentException(
                    "invalid rating " + rating + ", deviation " + deviation + ", volatility " + volatility);
        }
    }

    /** The bottom of the 95 % interval: two deviations below the rating. */
    public double lower() {
        return rating - 2 * deviation;
    }

    /** The top of the 95 % interval: two deviations above the rating. */
    public double upper() {
        return rating + 2 * deviation;
    }
}
