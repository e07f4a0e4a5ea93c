package io.battlesim.engine.agent;

import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The whale: idles until the gift feed shows an opposing gift of at least {@code threshold} coins, then answers it
 * with a bigger one, {@code factor} times its coins: the cheapest single gift that big, else as many of the dearest
 * gift as it takes, sent as one, else (short of coins) everything left if that still tops it. A gift it cannot top is let go. It answers at its next
 * step, so within a fraction of a second; a misted opponent's gifts do not show in the feed and go unanswered.
 */
public final class Whale implements Strategy {

    /**
     * The whale's tunables.
     *
     * @param threshold the smallest opposing gift it answers, in coins (key {@code threshold}, default 1000), positive
     * @param factor how much bigger its answer is (key {@code factor}, default 1.5), at least 1
     */
    public record Params(long threshold, double factor) {

        /** The defaults. */
        public static final Params DEFAULTS = new Params(1000, 1.5);

        public Params {
            if (threshold < 1 || !(factor >= 1)) {
                throw new IllegalArgumentException("threshold must be positive and factor at least 1");
            }
        }

        /** Reads the tunables by name, defaults for the missing ones. */
        public static Params of(Map<String, Double> values) {
            Tunables t = Tunables.read(values, "whale", Set.of("threshold", "factor"));
            return new Params(t.millis("threshold", DEFAULTS.threshold), t.get("factor", DEFAULTS.factor));
        }
    }

    private final Params params;
    private long answeredUpTo = Long.MIN_VALUE;

    /** A whale with the given tunables; never null. */
    public Whale(Params params) {
        this.params = params;
    }

    @Override
    public void act(Observation seen, Wallet wallet, Actions actions, RandomGenerator random) {
        String own = seen.own().sideId();
        long newest = answeredUpTo;
        for (Observation.FeedItem item : seen.feed()) {
            if (item.at() <= answeredUpTo) {
                continue;
            }
            newest = Math.max(newest, item.at());
            if (!item.sideId().equals(own) && item.coins() >= params.threshold()) {
                answer(item.coins(), wallet, actions);
            }
        }
        answeredUpTo = newest;
    }

    private void answer(long coins, Wallet wallet, Actions actions) {
        long wanted = Math.max(coins + 1, (long) Math.ceil(coins * params.factor()));
        CatalogueGift single = GiftCatalogue.smallestSingleAtLeast(wanted);
        CatalogueGift dearest = GiftCatalogue.ALL.getLast();
        int units = (int) Math.min(Integer.MAX_VALUE, (wanted + dearest.coins() - 1) / dearest.coins());
        if (single != null && wallet.canAfford(single.coins())) {
            actions.give(single, 1);
        } else if (single == null && wallet.canAfford((long) units * dearest.coins())) {
            actions.give(dearest, units); // several of the dearest gift, sent as one
        } else if (wallet.remaining() > coins) {
            Purchases.give(actions, wallet.remaining(), 1);
        }
    }
}
