package io.battlesim.app.scoreboard.view;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The LIVE gift catalogue (live-events.md §5, the emulator's stable ids) with an icon per gift under
 * {@code /img/gifts/}. Gifts a source names that are not listed get the generic icon.
 */
public final class GiftCatalogue {

    /** The generic icon for gifts outside the catalogue. */
    public static final String GENERIC_ICON = "/img/gifts/gift.svg";

    /**
     * A catalogue gift.
     *
     * @param id the gift id
     * @param name the gift name
     * @param coins the price of one unit
     * @param slug the icon's file name without extension
     */
    public record Entry(int id, String name, int coins, String slug) {

        /** The icon's path on this site. */
        public String icon() {
            return "/img/gifts/" + slug + ".svg";
        }
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry(5655, "Rose", 1, "rose"),
            new Entry(5269, "TikTok", 1, "tiktok"),
            new Entry(5827, "Ice Cream Cone", 1, "ice-cream-cone"),
            new Entry(6064, "GG", 1, "gg"),
            new Entry(5487, "Finger Heart", 5, "finger-heart"),
            new Entry(8913, "Rosa", 10, "rosa"),
            new Entry(5658, "Perfume", 20, "perfume"),
            new Entry(5879, "Doughnut", 30, "doughnut"),
            new Entry(6104, "Cap", 99, "cap"),
            new Entry(5660, "Hand Hearts", 100, "hand-hearts"),
            new Entry(5585, "Confetti", 100, "confetti"),
            new Entry(8843, "Sunglasses", 199, "sunglasses"),
            new Entry(6267, "Corgi", 299, "corgi"),
            new Entry(7168, "Money Gun", 500, "money-gun"),
            new Entry(6265, "Swan", 699, "swan"),
            new Entry(6266, "Train", 899, "train"),
            new Entry(11046, "Galaxy", 1000, "galaxy"),
            new Entry(9334, "Gold Mine", 1000, "gold-mine"),
            new Entry(5767, "Private Jet", 4888, "private-jet"),
            new Entry(5483, "Unicorn Fantasy", 5000, "unicorn-fantasy"),
            new Entry(6089, "Sports Car", 7000, "sports-car"),
            new Entry(6149, "Interstellar", 10000, "interstellar"),
            new Entry(6369, "Falcon", 10999, "falcon"),
            new Entry(5777, "Rocket", 20000, "rocket"),
            new Entry(6466, "Lion", 29999, "lion"),
            new Entry(6645, "TikTok Universe", 44999, "tiktok-universe"),
            new Entry(8651, "Thunder Falcon", 39999, "thunder-falcon"),
            new Entry(9092, "Fire Phoenix", 41999, "fire-phoenix"),
            new Entry(8975, "Pegasus", 42999, "pegasus"));

    private GiftCatalogue() {}

    /** Every catalogue gift, cheapest first. */
    public static List<Entry> all() {
        return ENTRIES;
    }

    /** The catalogue gift with this id. */
    public static Optional<Entry> byId(int id) {
        return ENTRIES.stream().filter(entry -> entry.id() == id).findFirst();
    }

    /** The icon for a gift: by id, else by name (sources disagree on ids), else the generic one. */
    public static String icon(int giftId, String giftName) {
        return byId(giftId)
                .or(() -> ENTRIES.stream()
                        .filter(entry -> entry.name().equalsIgnoreCase(giftName.strip()))
                        .findFirst())
                .map(Entry::icon)
                .orElse(GENERIC_ICON);
    }

    /** How big a gift of this many coins is: {@code small}, {@code medium}, {@code big} or {@code huge}. */
    public static String tier(long coins) {
        if (coins >= 10_000) {
            return "huge";
        }
        if (coins >= 1_000) {
            return "big";
        }
        return coins >= 100 ? "medium" : "small";
    }

    /** A gift's name for a select option, e.g. {@code Rose (1 coin)}. */
    public static String describe(Entry entry) {
        return String.format(
                Locale.ROOT, "%s (%,d coin%s)", entry.name(), entry.coins(), entry.coins() == 1 ? "" : "s");
    }
}
