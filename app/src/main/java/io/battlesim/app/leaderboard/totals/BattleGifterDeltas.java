package io.battlesim.app.leaderboard.totals;

import io.battlesim.app.battle.BattleTally;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Gifts to add to {@code board_battle_gifter}, summed per row (a gifter's row per battle, creator and day): a busy
 * battle's writes name the same gifters again and again, and one statement per row keeps the round short.
 */
final class BattleGifterDeltas {

    /** The key of one row, clipped to the lengths its columns take. */
    record Key(String battleId, String creator, String gifterId, LocalDate day) {}

    private final Map<Key, BattleTally.GiftLine> rows = new LinkedHashMap<>();

    void add(BattleTally.Gifts gifts) {
        for (BattleTally.GiftLine line : gifts.lines()) {
            Key key = new Key(gifts.battleId(), Clip.to(line.creator(), 64), Clip.to(line.gifterId(), 64), gifts.day());
            rows.merge(key, line, BattleGifterDeltas::sum);
        }
    }

    Map<Key, BattleTally.GiftLine> all() {
        return rows;
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
