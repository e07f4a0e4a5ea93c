package io.battlesim.engine.agent;

import io.battlesim.engine.odds.ArrivalModel;
import io.battlesim.engine.odds.RaceState;
import io.battlesim.engine.odds.WinProbability;
import io.battlesim.engine.powerup.PowerUpKind;
import io.battlesim.engine.powerup.PowerUpRule;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The budget planner: once a second (every step near the end) it weighs four spends, none, small, medium or big
 * (shares of what is left), by its side's chance of winning as {@link WinProbability} estimates it, and makes the
 * cheapest spend whose chance is within {@code indifference} of the best.
 *
 * <p>Coins held back are not wasted: the planner counts them as scoring later, at the multiplier they will then
 * earn (a Boosting Glove it plans to use in the last window, else 1), until the final {@code finalMillis}, when
 * only what is sent now still counts. Since the chance of winning only grows with points, a spend that buys fewer
 * points than holding back is never better, and the rollouts run only when spending now buys at least as many:
 * near the bell, or under a multiplier that will not last. So it holds its budget through the round, uses a glove
 * (if the rules let agents and it can afford one) when the glove's window would last to the bell, and at the end
 * sends what it takes to win, and no more. The arrival model is fitted to the gift feed it sees (a misted side
 * counts at its last visible score); its own gifts are left out of its side's rate.
 */
public final class BudgetPlanner implements Strategy {

    /**
     * The planner's tunables.
     *
     * @param rollouts rollouts per estimate (key {@code rollouts}, default 200), positive
     * @param decisionMillis time between decisions before the end (key {@code decisionMillis}, default 1000)
     * @param small the small spend as a share of what is left (key {@code small}, default 0.05)
     * @param medium the medium spend (key {@code medium}, default 0.25)
     * @param big the big spend (key {@code big}, default 1.0); shares in (0, 1]
     * @param indifference how much chance of winning it gives up to spend less (key {@code indifference}, default
     *     0.01), in [0, 1)
     * @param finalMillis the stretch before the bell in which held coins no longer count (key {@code finalMillis},
     *     default 1500); at least one step is used
     * @param useGlove whether to plan a Boosting Glove (key {@code useGlove}, 1 or 0, default 1)
     */
    public record Params(
            int rollouts,
            long decisionMillis,
            double small,
            double medium,
            double big,
            double indifference,
            long finalMillis,
            boolean useGlove) {

        /** The defaults. */
        public static final Params DEFAULTS = new Params(200, 1000, 0.05, 0.25, 1.0, 0.01, 1500, true);

        public Params {
            if (rollouts < 1 || decisionMillis < 0 || finalMillis < 0) {
                throw new IllegalArgumentException("rollouts must be positive, times not negative");
            }
            for (double share : new double[] {small, medium, big}) {
                if (!(share > 0 && share <= 1)) {
                    throw new IllegalArgumentException("spend shares must be in (0, 1] but one was " + share);
                }
            }
            if (!(indifference >= 0 && indifference < 1)) {
                throw new IllegalArgumentException("indifference must be in [0, 1) but was " + indifference);
            }
        }

        /** These tunables without the glove. */
        public Params withoutGlove() {
            return new Params(rollouts, decisionMillis, small, medium, big, indifference, finalMillis, false);
        }

        /** Reads the tunables by name, defaults for the missing ones. */
        public static Params of(Map<String, Double> values) {
            Tunables t = Tunables.read(
                    values,
                    "planner",
                    Set.of(
                            "rollouts",
                            "decisionMillis",
                            "small",
                            "medium",
                            "big",
                            "indifference",
                            "finalMillis",
                            "useGlove"));
            return new Params(
                    t.integer("rollouts", DEFAULTS.rollouts),
                    t.millis("decisionMillis", DEFAULTS.decisionMillis),
                    t.get("small", DEFAULTS.small),
                    t.get("medium", DEFAULTS.medium),
                    t.get("big", DEFAULTS.big),
                    t.get("indifference", DEFAULTS.indifference),
                    t.millis("finalMillis", DEFAULTS.finalMillis),
                    t.flag("useGlove", DEFAULTS.useGlove));
        }
    }

    private static final PowerUpKind GLOVE = PowerUpKind.BOOSTING_GLOVE;

    private final Params params;
    private final WinProbability odds;
    private final RaceView race = new RaceView();
    private long lastNow = Long.MIN_VALUE;
    private long lastDecisionAt = Long.MIN_VALUE;
    private long gloveUntil = Long.MIN_VALUE;
    private boolean gloveUsed;

    /** A planner with the given tunables; never null. */
    public BudgetPlanner(Params params) {
        this.params = params;
        this.odds = new WinProbability(params.rollouts());
    }

    @Override
    public void act(Observation seen, Wallet wallet, Actions actions, RandomGenerator random) {
        race.remember(seen);
        long step = lastNow == Long.MIN_VALUE ? 0 : seen.now() - lastNow;
        lastNow = seen.now();
        useGloveForTheEnd(seen, actions);
        boolean last = seen.remainingMillis() <= Math.max(params.finalMillis(), step + step / 2);
        if (!last && seen.now() - lastDecisionAt < params.decisionMillis()) {
            return;
        }
        lastDecisionAt = seen.now();
        long spend = decide(seen, wallet, actions, random, last);
        if (spend > 0 && Purchases.give(actions, spend, 1) > 0) {
            race.gaveAt(seen.now());
        }
    }

    /** The glove goes on once its window, started now, would last to the bell. */
    private void useGloveForTheEnd(Observation seen, Actions actions) {
        PowerUpRule rule = actions.rule(GLOVE);
        if (params.useGlove()
                && !gloveUsed
                && seen.remainingMillis() <= rule.window().toMillis()) {
            if (actions.boost(GLOVE)) {
                gloveUsed = true;
                gloveUntil = seen.now() + rule.window().toMillis();
            }
        }
    }

    private long decide(Observation seen, Wallet wallet, Actions actions, RandomGenerator random, boolean last) {
        long left = wallet.remaining();
        if (left == 0) {
            return 0;
        }
        int factorNow = seen.own().frozen() ? 0 : Math.max(1, seen.own().multiplier());
        boolean glovePlanned = !last && gloveStillAhead(seen, actions);
        long held = glovePlanned ? left - GiftCatalogue.boosterPrice(GLOVE) : left;
        if (held <= 0) {
            return 0;
        }
        int factorLater = last ? 0 : laterFactor(seen, actions, glovePlanned, factorNow);
        long[] spends = spends(held);
        long[] heldPoints = new long[spends.length];
        for (int i = 0; i < spends.length; i++) {
            heldPoints[i] = (held - spends[i]) * factorLater;
        }
        int lastSpend = spends.length - 1;
        if (spends[lastSpend] * factorNow + heldPoints[lastSpend] <= heldPoints[0]) {
            return 0; // holding back buys at least as many points as any spend now
        }
        return cheapestNearBest(seen, spends, heldPoints, random);
    }

    private boolean gloveStillAhead(Observation seen, Actions actions) {
        return params.useGlove()
                && !gloveUsed
                && seen.remainingMillis() > actions.rule(GLOVE).window().toMillis()
                && actions.mayBoost(GLOVE);
    }

    private int laterFactor(Observation seen, Actions actions, boolean glovePlanned, int factorNow) {
        if (glovePlanned) {
            return actions.rule(GLOVE).multiplier();
        }
        boolean gloveToTheBell = gloveUsed && gloveUntil >= seen.now() + seen.remainingMillis();
        return gloveToTheBell ? Math.max(1, factorNow) : 1;
    }

    private long[] spends(long held) {
        return new long[] {
            0,
            Math.max(1, Math.round(held * params.small())),
            Math.max(1, Math.round(held * params.medium())),
            Math.max(1, Math.round(held * params.big()))
        };
    }

    /** Estimates each spend's chance with common random numbers and picks the cheapest within the indifference. */
    private long cheapestNearBest(Observation seen, long[] spends, long[] heldPoints, RandomGenerator random) {
        ArrivalModel model = race.arrivals(seen);
        long seed = random.nextLong();
        double[] chance = new double[spends.length];
        double best = 0;
        for (int i = 0; i < spends.length; i++) {
            RaceState state = race.state(seen, gloveUntil, heldPoints[i]).withAddedCoins(seen.ownSide(), spends[i]);
            chance[i] = odds.estimate(state, model, new SplittableRandom(seed))[seen.ownSide()];
            best = Math.max(best, chance[i]);
        }
        for (int i = 0; i < spends.length; i++) {
            if (chance[i] >= best - params.indifference()) {
                return spends[i];
            }
        }
        return spends[spends.length - 1];
    }
}
