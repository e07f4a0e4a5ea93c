package io.battlesim.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnipesTests {

    @Test
    void aGiftThatTakesTheLeadTurnsTheBattle() { // GH-15
        assertThat(Snipes.turnsTheBattle(new long[] {1_000, 1_500}, 0, 501)).isTrue();
    }

    @Test
    void aGiftThatLeavesItsSideBehindByNoMoreThanItselfTurnsTheBattle() { // GH-15
        assertThat(Snipes.turnsTheBattle(new long[] {0, 30_000}, 0, 15_000)).isTrue();
        assertThat(Snipes.turnsTheBattle(new long[] {0, 30_000}, 0, 14_999)).isFalse();
    }

    @Test
    void aRoseOfASideLosingByTwentySixThousandDoesNotTurnTheBattle() { // GH-15
        assertThat(Snipes.turnsTheBattle(new long[] {4_000, 30_000}, 0, 3)).isFalse();
    }

    @Test
    void aGiftOfTheSideAheadOrOfNoPointsNeverTurnsTheBattle() { // GH-15
        assertThat(Snipes.turnsTheBattle(new long[] {1_001, 1_000}, 0, 5_000)).isFalse();
        assertThat(Snipes.turnsTheBattle(new long[] {1_000, 1_000}, 0, 0)).isFalse();
    }

    @Test
    void measuresTheGapToTheBestOfSeveralOtherSides() { // GH-15
        long[] scores = {100, 5_000, 300, 200};

        assertThat(Snipes.turnsTheBattle(scores, 2, 2_000)).isFalse();
        assertThat(Snipes.turnsTheBattle(scores, 2, 2_350)).isTrue();
    }

    @Test
    void keepsTheLatestSnipesOldestFirst() {
        Snipes snipes = new Snipes();
        for (int i = 0; i < Snipes.KEPT + 5; i++) {
            snipes.add(new Snipe(i, "A", "1", "Alice", "Rose", 1, 1, 1));
        }

        assertThat(snipes.all())
                .hasSize(Snipes.KEPT)
                .extracting(Snipe::at)
                .isSorted()
                .startsWith(5L);
    }
}
