package io.battlesim.engine.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.engine.powerup.PowerUpKind;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GiftCatalogueTests {

    @Test
    void listsTheGiftsOfTheLiveEventsCatalogueCheapestFirst() {
        assertThat(GiftCatalogue.ALL).hasSize(29);
        assertThat(GiftCatalogue.ALL.getFirst()).isEqualTo(new CatalogueGift(5655, "Rose", 1, 1));
        assertThat(GiftCatalogue.byName("finger heart")).isEqualTo(new CatalogueGift(5487, "Finger Heart", 1, 5));
        assertThat(GiftCatalogue.byName("Lion").coins()).isEqualTo(29_999);
        assertThat(GiftCatalogue.ALL.getLast().name()).isEqualTo("TikTok Universe");
        for (int i = 1; i < GiftCatalogue.ALL.size(); i++) {
            assertThat(GiftCatalogue.ALL.get(i).coins())
                    .isGreaterThanOrEqualTo(GiftCatalogue.ALL.get(i - 1).coins());
        }
    }

    @Test
    void givesEveryGiftItsOwnId() {
        Set<Integer> ids = new HashSet<>();
        for (CatalogueGift gift : GiftCatalogue.ALL) {
            assertThat(ids.add(gift.id())).as(gift.name()).isTrue();
            assertThat(GiftCatalogue.byId(gift.id())).isEqualTo(gift);
        }
        assertThat(GiftCatalogue.byId(1)).isNull();
    }

    @Test
    void makesTheCheapGiftsStreakableAndTheBigOnesArriveAtOnce() {
        for (CatalogueGift gift : GiftCatalogue.ALL) {
            if (gift.coins() < 299) {
                assertThat(gift.streakable()).as(gift.name()).isTrue();
            } else if (gift.coins() >= 699) {
                assertThat(gift.streakable()).as(gift.name()).isFalse();
                assertThat(gift.toGift().type()).isEqualTo(2);
            }
        }
    }

    @Test
    void findsTheGiftsAStrategyNeeds() {
        assertThat(GiftCatalogue.largestStreakableUpTo(33).name()).isEqualTo("Doughnut");
        assertThat(GiftCatalogue.largestStreakableUpTo(0).name()).isEqualTo("Rose");
        assertThat(GiftCatalogue.largestUpTo(1_500).coins()).isEqualTo(1_000);
        assertThat(GiftCatalogue.smallestSingleAtLeast(1_501).name()).isEqualTo("Private Jet");
        assertThat(GiftCatalogue.smallestSingleAtLeast(50_000)).isNull();
    }

    @Test
    void pricesEveryBooster() {
        for (PowerUpKind kind : PowerUpKind.values()) {
            assertThat(GiftCatalogue.boosterPrice(kind)).isPositive();
        }
    }
}
