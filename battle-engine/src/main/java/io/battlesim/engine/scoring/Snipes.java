package io.battlesim.engine.scoring;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;

/**
 * A battle's snipes, oldest first, at most the latest {@link #KEPT}. What a snipe is, {@link SnipeRule} says; the
 * engine decides it once, as the gift is committed, so the live gift feed, the final result and the analytics name
 * the same gifts; a later extension of the timer or an early end changes nothing.
 */
public final class Snipes {

    /** Snipes kept (the latest); pages show fewer. */
    public static final int KEPT = 50;

    private final ArrayDeque<Snipe> kept = new ArrayDeque<>();

    /** Adds a snipe, forgetting the oldest beyond {@link #KEPT}. */
    public void add(Snipe snipe) {
        kept.addLast(Objects.requireNonNull(snipe, "snipe must not be null"));
        if (kept.size() > KEPT) {
            kept.removeFirst();
        }
    }

    /** The snipes kept, oldest first; never null. */
    public List<Snipe> all() {
        return List.copyOf(kept);
    }
}
