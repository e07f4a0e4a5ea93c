package io.battlesim.engine.agent;

import io.battlesim.engine.powerup.PowerUpKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The gift catalogue of {@code live-events.md} §5, cheapest first, with the ids and types the project's emulator
 * uses, so simulated battles, recorded logs and the emulator speak of the same gifts. Prices and ids vary by region
 * on TikTok; these are the common ones. TikTok Universe is listed at its newer price (44,999; formerly 34,999).
 * Money Gun is streakable (type 1) as TikTok sends it; every other gift from Corgi (299) up is a type-2 gift that
 * arrives at once.
 */
public final class GiftCatalogue {

    /** Every gift, cheapest first (ties in catalogue order). */
    public static final List<CatalogueGift> ALL = List.of(
            gift(5655, "Rose", 1, 1),
            gift(5269, "TikTok", 1, 1),
            gift(5827, "Ice Cream Cone", 1, 1),
            gift(6064, "GG", 1, 1),
            gift(5487, "Finger Heart", 1, 5),
            gift(8913, "Rosa", 1, 10),
            gift(5658, "Perfume", 1, 20),
            gift(5879, "Doughnut", 1, 30),
            gift(6104, "Cap", 1, 99),
            gift(5660, "Hand Hearts", 1, 100),
            gift(5585, "Confetti", 1, 100),
            gift(8843, "Sunglasses", 1, 199),
            gift(6267, "Corgi", 2, 299),
            gift(7168, "Money Gun", 1, 500),
            gift(6265, "Swan", 2, 699),
            gift(6266, "Train", 2, 899),
            gift(11046, "Galaxy", 2, 1_000),
            gift(9334, "Gold Mine", 2, 1_000),
            gift(5767, "Private Jet", 2, 4_888),
            gift(5483, "Unicorn Fantasy", 2, 5_000),
            gift(6089, "Sports Car", 2, 7_000),
            gift(6149, "Interstellar", 2, 10_000),
            gift(6369, "Falcon", 2, 10_999),
            gift(5777, "Rocket", 2, 20_000),
            gift(6466, "Lion", 2, 29_999),
            gift(8651, "Thunder Falcon", 2, 39_999),
            gift(9092, "Fire Phoenix", 2, 41_999),
            gift(8975, "Pegasus", 2, 42_999),
            gift(6645, "TikTok Universe", 2, 44_999));

    /** The cheapest gift (Rose, 1 coin). */
    public static final CatalogueGift ROSE = ALL.get(0);

    private GiftCatalogue() {}

    /** The gift with this id, or null. */
    public static @Nullable CatalogueGift byId(int id) {
        for (CatalogueGift gift : ALL) {
            if (gift.id() == id) {
                return gift;
            }
        }
        return null;
    }

    /** The gift with this name, ignoring case and surrounding blanks, or null; {@code name} must not be null. */
    public static @Nullable CatalogueGift byName(String name) {
        String wanted =
                Objects.requireNonNull(name, "name must not be null").strip().toLowerCase(Locale.ROOT);
        for (CatalogueGift gift : ALL) {
            if (gift.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return gift;
            }
        }
        return null;
    }

    /** The dearest streakable gift costing at most {@code coins} (at least Rose); never null. */
    public static CatalogueGift largestStreakableUpTo(long coins) {
        CatalogueGift best = ROSE;
        for (CatalogueGift gift : ALL) {
            if (gift.streakable() && gift.coins() <= coins) {
                best = gift;
            }
        }
        return best;
    }

    /** The dearest gift of any type costing at most {@code coins} (at least Rose); never null. */
    public static CatalogueGift largestUpTo(long coins) {
        CatalogueGift best = ROSE;
        for (CatalogueGift gift : ALL) {
            if (gift.coins() <= coins) {
                best = gift;
            }
        }
        return best;
    }

    /** The cheapest gift that arrives at once (type 2) costing at least {@code coins}, or null when none does. */
    public static @Nullable CatalogueGift smallestSingleAtLeast(long coins) {
        for (CatalogueGift gift : ALL) {
            if (!gift.streakable() && gift.coins() >= coins) {
                return gift;
            }
        }
        return null;
    }

    /** The gifts with a price of at least {@code coins}, cheapest first; never null. */
    public static List<CatalogueGift> atLeast(long coins) {
        List<CatalogueGift> result = new ArrayList<>();
        for (CatalogueGift gift : ALL) {
            if (gift.coins() >= coins) {
                result.add(gift);
            }
        }
        return List.copyOf(result);
    }

    /**
     * What an agent pays to use a booster. TikTok hands out its match boosters through gifts whose prices vary by
     * region and season; these prices are this simulator's assumption: a glove or a hammer costs a Corgi (299), a
     * mist a Sunglasses (199), a time maker a Cap (99).
     */
    public static long boosterPrice(PowerUpKind kind) {
        return switch (Objects.requireNonNull(kind, "kind must not be null")) {
            case BOOSTING_GLOVE, STUN_HAMMER -> 299;
            case MAGIC_MIST -> 199;
            case TIME_MAKER -> 99;
        };
    }

    private static CatalogueGift gift(int id, String name, int type, int coins) {
        return new CatalogueGift(id, name, type, coins);
    }
}
