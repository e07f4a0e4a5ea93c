package io.battlesim.engine.agent;

import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The reactive giver: spends only while its side is behind the best opposing score by more than {@code margin}
 * points, about {@code gain} coins per point of deficit (less under its own multiplier, at most {@code maxShare} of
 * what is left at a time), and nothing while level or ahead. It then waits {@code cooldownMillis} for its gifts to
 * show in the score before judging again. A misted opponent counts at its last visible score.
 */
public final class ReactiveGiver implements Strategy {

    /**
     * The reactive giver's tunables.
     *
     * @param margin the deficit it tolerates, in points (key {@code margin}, default 100), not negative
     * @param gain coins per point of deficit (key {@code gain}, default 1.1), positive
     * @param maxShare the most of what is left it spends at a time (key {@code maxShare}, default 0.5), in (0, 1]
     * @param cooldownMillis the wait after giving (key {@code cooldownMillis}, default 1000), not negative
     */
    public record Params(long margin, double gain, double maxShare, long cooldownMillis) {

        /** The defaults. */
        public static final Params DEFAULTS = new Params(100, 1.1, 0.5, 1000);

        public Params {
            if (margin < 0 || !(gain > 0) || !(maxShare > 0 && maxShare <= 1) || cooldownMillis < 0) {
                throw new IllegalArgumentException("invalid reactive tunables: margin " + margin + ", gain " + gain
                        + ", maxShare " + maxShare + ", cooldownMillis " + cooldownMillis);
            }
        }

        /** Reads the tunables by name, defaults for the missing ones. */
        public static Params of(Map<String, Double> values) {
            Tunables t = Tunables.read(values, "reactive", Set.of("margin", "gain", "maxShare", "cooldownMillis"));
            return new Params(
                    t.millis("margin", DEFAULTS.margin),
                    t.get("gain", DEFAULTS.gain),
                    t.get("maxShare", DEFAULTS.maxShare),
                    t.millis("cooldownMillis", DEFAULTS.cooldownMillis));
        }
    }

    private final Params params;
    private long lastOpponentScore;
    private long lastGiftAt = Long.MIN_VALUE;

    /** A reactive giver with the given tunables; never null. */
    public ReactiveGiver(Params params) {
        this.params = params;
    }

    @Override
    public void act(Observation seen, Wallet wallet, Actions actions, RandomGenerator random) {
        Long opponent = seen.bestOpponentScore();
        if (opponent != null) {
            lastOpponentScore = opponent;
        }
        long deficit = lastOpponentScore - seen.ownScore();
        boolean waiting = lastGiftAt != Long.MIN_VALUE && seen.now() - lastGiftAt < params.cooldownMillis();
        if (deficit <= params.margin() || waiting || wallet.remaining() == 0) {
            return;
        }
        int multiplier = Math.max(1, seen.own().multiplier());
        long wanted = (long) Math.ceil(deficit * params.gain() / multiplier);
        long cap = Math.max(1, (long) (wallet.remaining() * params.maxShare()));
        if (Purchases.give(actions, Math.min(wanted, cap), 1) > 0) {
            lastGiftAt = seen.now();
        }
    }
}
