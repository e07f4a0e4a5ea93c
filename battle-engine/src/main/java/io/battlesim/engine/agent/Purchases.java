package io.battlesim.engine.agent;

import java.util.List;

/**
 * Turns an amount of coins into catalogue gifts, dearest first, so a big spend goes out as a few type-2 gifts that
 * land at once rather than a long streak that may end after the bell. Never buys more than asked.
 */
final class Purchases {

    /** Streaks longer than this would take seconds of tapping; the remainder is left unspent instead. */
    static final int MAX_TAPS = 10;

    private static final List<CatalogueGift> DEAREST_FIRST = GiftCatalogue.ALL.reversed();

    private Purchases() {}

    /**
     * Gives gifts worth at most {@code coins}, using gifts of at least {@code minUnit} coins (Rose when the amount is
     * below it), dearest first.
     *
     * @return the coins actually given (paid by the wallet)
     */
    static long give(Actions actions, long coins, long minUnit) {
        long left = coins;
        long floor = coins < minUnit ? 1 : minUnit;
        for (CatalogueGift gift : DEAREST_FIRST) {
            if (left < gift.coins() || gift.coins() < floor) {
                continue;
            }
            long units = left / gift.coins();
            int count = (int) Math.min(units, gift.streakable() ? MAX_TAPS : Integer.MAX_VALUE);
            if (actions.give(gift, count)) {
                left -= (long) count * gift.coins();
            }
        }
        return coins - left;
    }
}
