package io.battlesim.app.analytics.compute;

import io.battlesim.engine.scoring.Saturating;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts committed gifts by type and by value band, and for each LIVE room by UTC hour of day, weekday and type.
 * The number of distinct types is bounded (a source may invent gift ids): beyond {@value #MAX_TYPES} they are
 * counted together as "Other".
 */
final class GiftTally {

    static final int MAX_TYPES = 500;
    private static final Type OTHER = new Type(0, "Other");
    private static final long HOUR = 3_600_000;
    private static final long DAY = 24 * HOUR;

    private final Types all = new Types();
    private final Map<CoinBand, long[]> bands = new EnumMap<>(CoinBand.class);
    private final Map<String, Room> rooms = new HashMap<>();

    /** A gift type as the source named it. */
    record Type(int giftId, String name) {}

    /** What one room received. */
    static final class Room {
        final long[] hourGifts = new long[24];
        final long[] hourCoins = new long[24];
        final long[] weekdayGifts = new long[7];
        final long[] weekdayCoins = new long[7];
        final Types types = new Types();
    }

    /** Counts one commit of {@code units} units worth {@code coins}, received by {@code roomId} at {@code at}. */
    void add(String roomId, Type type, int units, long coins, long at) {
        all.add(type, units, coins);
        long[] band = bands.computeIfAbsent(CoinBand.of(coins), b -> new long[2]);
        band[0]++;
        band[1] = Saturating.add(band[1], coins);
        Room room = rooms.computeIfAbsent(roomId, id -> new Room());
        int hour = (int) Math.floorMod(at / HOUR, 24L);
        // 1970-01-01 was a Thursday: day 0 is index 3 when Monday is 0.
        int weekday = (int) Math.floorMod(Math.floorDiv(at, DAY) + 3, 7L);
        room.hourGifts[hour]++;
        room.hourCoins[hour] = Saturating.add(room.hourCoins[hour], coins);
        room.weekdayGifts[weekday]++;
        room.weekdayCoins[weekday] = Saturating.add(room.weekdayCoins[weekday], coins);
        room.types.add(type, units, coins);
    }

    /** Gifts by type, most coins first. */
    List<BattleAnalytics.GiftType> types() {
        return all.list();
    }

    /** Gifts by value band, cheapest first; the free band only when a free gift came. */
    List<BattleAnalytics.ValueBand> bands() {
        List<BattleAnalytics.ValueBand> list = new ArrayList<>();
        for (CoinBand band : CoinBand.values()) {
            long[] counts = bands.getOrDefault(band, new long[2]);
            if (band != CoinBand.FREE || counts[0] > 0) {
                list.add(new BattleAnalytics.ValueBand(band.label(), band.min(), band.max(), counts[0], counts[1]));
            }
        }
        return list;
    }

    /** What a room received, or an empty tally. */
    Room room(String roomId) {
        return rooms.getOrDefault(roomId, new Room());
    }

    /** Counters per gift type, bounded. */
    static final class Types {

        private final Map<Type, long[]> counts = new HashMap<>();

        void add(Type type, int units, long coins) {
            Type key = counts.containsKey(type) || counts.size() < MAX_TYPES ? type : OTHER;
            long[] count = counts.computeIfAbsent(key, k -> new long[3]);
            count[0]++;
            count[1] = Saturating.add(count[1], units);
            count[2] = Saturating.add(count[2], coins);
        }

        List<BattleAnalytics.GiftType> list() {
            return counts.entrySet().stream()
                    .map(entry -> new BattleAnalytics.GiftType(
                            entry.getKey().giftId(),
                            entry.getKey().name(),
                            entry.getValue()[0],
                            entry.getValue()[1],
                            entry.getValue()[2]))
                    .sorted(Comparator.comparingLong(BattleAnalytics.GiftType::coins)
                            .reversed()
                            .thenComparing(Comparator.comparingLong(BattleAnalytics.GiftType::gifts)
                                    .reversed())
                            .thenComparing(BattleAnalytics.GiftType::name))
                    .toList();
        }
    }
}
