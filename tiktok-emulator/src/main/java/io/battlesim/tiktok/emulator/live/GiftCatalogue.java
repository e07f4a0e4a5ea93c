package io.battlesim.tiktok.emulator.live;

import io.battlesim.tiktok.emulator.LiveGift;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The LIVE gift catalogue of {@code live.md}, with how often the generator picks each gift. */
final class GiftCatalogue {

    private record Entry(LiveGift gift, double weight, String emoji) {}

    private static final List<Entry> ENTRIES = List.of(
            entry(5655, "Rose", 1, 1, 30, "🌹"),
            entry(5269, "TikTok", 1, 1, 7, "🎵"),
            entry(5827, "Ice Cream Cone", 1, 1, 8, "🍦"),
            entry(6064, "GG", 1, 1, 6, "🎮"),
            entry(5487, "Finger Heart", 5, 1, 12, "🫰"),
            entry(8913, "Rosa", 10, 1, 6, "💐"),
            entry(5658, "Perfume", 20, 1, 5, "🧴"),
            entry(5879, "Doughnut", 30, 1, 5, "🍩"),
            entry(6104, "Cap", 99, 1, 3, "🧢"),
            entry(5660, "Hand Hearts", 100, 1, 3, "🫶"),
            entry(5585, "Confetti", 100, 1, 3, "🎊"),
            entry(8843, "Sunglasses", 199, 1, 2, "🕶️"),
            entry(6267, "Corgi", 299, 2, 20, "🐶"),
            entry(7168, "Money Gun", 500, 1, 1.5, "💸"),
            entry(6265, "Swan", 699, 2, 15, "🦢"),
            entry(6266, "Train", 899, 2, 12, "🚂"),
            entry(11046, "Galaxy", 1000, 2, 10, "🌌"),
            entry(9334, "Gold Mine", 1000, 2, 8, "⛏️"),
            entry(5767, "Private Jet", 4888, 2, 5, "🛩️"),
            entry(5483, "Unicorn Fantasy", 5000, 2, 4, "🦄"),
            entry(6089, "Sports Car", 7000, 2, 3, "🏎️"),
            entry(6149, "Interstellar", 10000, 2, 2.5, "🚀"),
            entry(6369, "Falcon", 10999, 2, 2, "🦅"),
            entry(5777, "Rocket", 20000, 2, 1, "🛸"),
            entry(6466, "Lion", 29999, 2, 0.8, "🦁"),
            entry(6645, "TikTok Universe", 44999, 2, 0.3, "🪐"),
            entry(8651, "Thunder Falcon", 39999, 2, 0.4, "⚡"),
            entry(9092, "Fire Phoenix", 41999, 2, 0.4, "🔥"),
            entry(8975, "Pegasus", 42999, 2, 0.4, "🐎"));

    static final List<LiveGift> ALL = ENTRIES.stream().map(Entry::gift).toList();

    private static final WeightedChoice<LiveGift> STREAKABLE = weighted(true);
    private static final WeightedChoice<LiveGift> BIG = weighted(false);

    private GiftCatalogue() {}

    /** Finds a gift by id or by name, ignoring case and surrounding blanks. */
    static Optional<LiveGift> find(String nameOrId) {
        String wanted = nameOrId.strip();
        return ALL.stream()
                .filter(gift -> String.valueOf(gift.id()).equals(wanted)
                        || gift.name().toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    static String emoji(LiveGift gift) {
        return ENTRIES.stream()
                .filter(entry -> entry.gift().id() == gift.id())
                .map(Entry::emoji)
                .findFirst()
                .orElse("🎁");
    }

    /** The gifts viewers tap in streaks, weighted toward the cheap ones. */
    static WeightedChoice<LiveGift> streakable() {
        return STREAKABLE;
    }

    /** The big non-streakable gifts of big spenders, weighted toward the cheaper ones. */
    static WeightedChoice<LiveGift> big() {
        return BIG;
    }

    private static WeightedChoice<LiveGift> weighted(boolean streakable) {
        List<Entry> entries = ENTRIES.stream()
                .filter(entry -> entry.gift().streakable() == streakable)
                .toList();
        return new WeightedChoice<>(
                entries.stream().map(Entry::gift).toList(),
                entries.stream().mapToDouble(Entry::weight).toArray());
    }

    private static Entry entry(int id, String name, int coins, int type, double weight, String emoji) {
        return new Entry(new LiveGift(id, name, coins, type), weight, emoji);
    }
}
