package io.battlesim.app.leaderboard;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a repeating task rests after a run: {@code interval}, or after a long run {@code idlePerBusy} times as
 * long as that run took. A task whose work grows with load (the leaderboards' projector while battles stream tens of
 * thousands of gifts a second) so takes a bounded share of the machine and does more per run instead, since it sums
 * each gifter's gifts before writing them.
 *
 * @param interval the shortest rest
 * @param idlePerBusy how many times a run's duration the rest lasts at least (9: busy a tenth of the time)
 */
record RoundPacing(Duration interval, int idlePerBusy) {

    RoundPacing {
        Objects.requireNonNull(interval, "interval must not be null");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive, was " + interval);
        }
        if (idlePerBusy < 0) {
            throw new IllegalArgumentException("idlePerBusy must not be negative, was " + idlePerBusy);
        }
    }

    /** The rest after a run that took {@code took}. */
    Duration restAfter(Duration took) {
        Duration busy = took.multipliedBy(idlePerBusy);
        return busy.compareTo(interval) > 0 ? busy : interval;
    }
}
