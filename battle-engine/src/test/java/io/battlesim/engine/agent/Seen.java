package io.battlesim.engine.agent;

import io.battlesim.engine.Phase;
import io.battlesim.engine.agent.Observation.FeedItem;
import io.battlesim.engine.agent.Observation.SideSeen;
import io.battlesim.engine.powerup.PowerUpRules;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/** Object mother for strategy tests: what a supporter of side A sees in a five-minute battle, and a fresh purse. */
final class Seen {

    static final long T0 = 1_000_000;
    static final long ROUND = 300_000;

    private Seen() {}

    /** At {@code second} of the round, side A at {@code own}, side B at {@code opponent} (null: misted). */
    static Observation at(double second, long own, @Nullable Long opponent, FeedItem... feed) {
        long elapsed = Math.round(second * 1000);
        return new Observation(
                T0 + elapsed,
                ROUND - elapsed,
                Phase.LIVE,
                List.of(
                        new SideSeen("A", own, 1, false, false),
                        new SideSeen("B", opponent, 1, false, opponent == null)),
                0,
                List.of(feed),
                elapsed);
    }

    /** A gift for side B (the opponent) committed at {@code second}. */
    static FeedItem opposing(long coins, double second) {
        return new FeedItem("B", coins, T0 + Math.round(second * 1000));
    }

    /** A gift for side A (the agent's own) committed at {@code second}. */
    static FeedItem own(long coins, double second) {
        return new FeedItem("A", coins, T0 + Math.round(second * 1000));
    }

    /** A purse of {@code budget} coins under the standard booster rules, ready for a step at {@code seen}. */
    static Purse purse(long budget) {
        Wallet wallet = new Wallet(budget);
        return new Purse(wallet, new Actions(wallet, PowerUpRules.standard()));
    }

    /** A wallet and the actions paying from it. */
    record Purse(Wallet wallet, Actions actions) {

        /** Lets a strategy act on one observation and returns its orders. */
        List<Order> step(Strategy strategy, Observation seen) {
            actions.begin(seen.now());
            strategy.act(seen, wallet, actions, new SplittableRandom(1));
            return List.copyOf(actions.orders());
        }

        static long coins(List<Order> orders) {
            long coins = 0;
            for (Order order : orders) {
                if (order instanceof Order.Give give) {
                    coins += give.coins();
                }
            }
            return coins;
        }
    }
}
