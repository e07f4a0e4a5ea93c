package io.battlesim.engine.audience;

import java.time.Duration;
import java.util.Objects;

/**
 * How many viewer votes fire one booster for a side, and how long the audience must wait before filling it again.
 *
 * @param threshold votes that fire the booster, 1 to {@value #MAX_THRESHOLD}
 * @param cooldown after it fired, votes for the same booster and side are refused for this long; 0 to 1 hour
 */
public record BoosterGoal(int threshold, Duration cooldown) {

    public static final int MAX_THRESHOLD = 1_000_000;

    public BoosterGoal {
        Objects.requireNonNull(cooldown, "cooldown must not be null");
        if (threshold < 1 || threshold > MAX_THRESHOLD) {
            throw new IllegalArgumentException("threshold must be 1 to " + MAX_THRESHOLD + " but was " + threshold);
        }
        if (cooldown.isNegative() || cooldown.compareTo(AudienceRules.MAX_DURATION) > 0) {
            throw new IllegalArgumentException("cooldown must be 0 to 1 hour but was " + cooldown);
        }
    }
}
