package io.battlesim.app.leaderboard.totals;

import io.battlesim.app.battle.BattleTally;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Gifts to add to {@code board_battle_gifter}, summed per row (a gifter's row per battle, creator and day), and to
 * {@code board_battle_total} (a gifter's row per battle): a busy
 * battle's writes name the same gifters again and again, and one statement per row keeps the round short.
 */
final class BattleGifterDeltas {

    /** The key of one row, clipped to the lengths its columns take. */
    record Key(String battleId, String creator, String gifterId, LocalDate day) {}

    /** The key of a gifter's row on a battle's own board. */
    record TotalKey(String battleId, String gifterId) {}

    private final Map<Key, BattleTally.GiftLine> rows = new LinkedHashMap<>();
    private final Map<TotalKey, BattleTally.GiftLine> totals = new LinkedHashMap<>();

    void add(BattleTally.Gifts gifts) {
        for (BattleTally.GiftLine line : gifts.lines()) {
            String gifterId = Clip.to(line.gifterId(), 64);
            Key key = new Key(gifts.battleId(), Clip.to(line.creator(), 64), gifterId, gifts.day());
            rows.merge(key, line, BattleGifterDeltas::sum);
            totals.merge(new TotalKey(gifts.battleId(), gifterId), line, BattleGifterDeltas::sum);
        }
    }

    Map<Key, BattleTally.GiftLine> all() {
        return rows;
    }

    /** The same gifts summed per battle and gifter, whichever creator they went to and on whichever day. */
    Map<TotalKey, BattleTally.GiftLine> totals() {
        return totals;
    }

    /** Two lines of one row summed; the names are the later line's. */
    private static BattleTally.GiftLine sum(BattleTally.GiftLine earlier, BattleTally.GiftLine later) {
        return new BattleTally.GiftLine(
                later.creator(),
                later.gifterId(),
                later.uniqueId(),
                later.nickname(),
                earlier.coins() + later.coins(),
                earlier.gifts() + later.gifts());
    }
}
