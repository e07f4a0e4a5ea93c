package io.battlesim.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.engine.scoring.SnipeRule.Outcome;
import org.junit.jupiter.api.Test;

class SnipeRuleTests {

    private static final long WINDOW = 30_000;
    private static final long END = 300_000;

    @Test
    void aSmallGiftFarBehindIsNoSnipe() { // GH-12
        assertThat(SnipeRule.snipe(END - 2_000, END, WINDOW, 1, new long[] {1_000, 27_000}, 0, 3))
                .isEqualTo(Outcome.NONE);
    }

    @Test
    void aGiftThatTakesTheLeadInTheFinalSecondsIsASnipe() { // GH-12
        assertThat(SnipeRule.snipe(END - 2_000, END, WINDOW, 1, new long[] {1_000, 27_000}, 0, 29_999))
                .isEqualTo(Outcome.TOOK_LEAD);
    }

    @Test
    void aGiftThatLeavesItsSideBehindByNoMoreThanItsOwnPointsIsWithinReach() {
        long[] scores = {1_000, 1_500};

        assertThat(SnipeRule.outcome(scores, 0, 250)).isEqualTo(Outcome.WITHIN_REACH);
        assertThat(SnipeRule.outcome(scores, 0, 249)).isEqualTo(Outcome.NONE);
        assertThat(SnipeRule.outcome(scores, 0, 500)).isEqualTo(Outcome.DREW_LEVEL);
    }

    @Test
    void theLeaderAddingMoreSnipesNobody() {
        assertThat(SnipeRule.outcome(new long[] {2_000, 1_000}, 0, 5_000)).isEqualTo(Outcome.NONE);
    }

    @Test
    void aSideLevelWithTheLeaderTakesTheLeadWithAnyGift() {
        assertThat(SnipeRule.outcome(new long[] {1_000, 1_000, 10}, 1, 1)).isEqualTo(Outcome.TOOK_LEAD);
    }

    @Test
    void countsOnlyTheFinalStretchOfTheTimerAndGiftsOfTheMinimum() {
        long[] scores = {0, 100};

        assertThat(SnipeRule.snipe(END - WINDOW - 1, END, WINDOW, 1, scores, 0, 200))
                .isEqualTo(Outcome.NONE);
        assertThat(SnipeRule.snipe(END - WINDOW, END, WINDOW, 1, scores, 0, 200))
                .isEqualTo(Outcome.TOOK_LEAD);
        assertThat(SnipeRule.snipe(END - 1, END, 0, 1, scores, 0, 200)).isEqualTo(Outcome.NONE);
        assertThat(SnipeRule.snipe(END - 1, END, WINDOW, 500, scores, 0, 200)).isEqualTo(Outcome.NONE);
    }

    @Test
    void aFrozenGiftScoresNothingAndSnipesNothing() {
        assertThat(SnipeRule.outcome(new long[] {0, 0}, 0, 0)).isEqualTo(Outcome.NONE);
    }

    @Test
    void holdsAtTheLargestScores() {
        assertThat(SnipeRule.outcome(new long[] {0, Long.MAX_VALUE}, 0, Long.MAX_VALUE))
                .isEqualTo(Outcome.DREW_LEVEL);
        assertThat(SnipeRule.outcome(new long[] {0, Long.MAX_VALUE}, 0, Long.MAX_VALUE / 2 + 1))
                .isEqualTo(Outcome.WITHIN_REACH);
    }

    @Test
    void measuresTheGapToTheBestOfSeveralOtherSides() { // GH-15
        long[] scores = {100, 5_000, 300, 200};

        assertThat(SnipeRule.outcome(scores, 2, 2_000)).isEqualTo(Outcome.NONE);
        assertThat(SnipeRule.outcome(scores, 2, 2_350)).isEqualTo(Outcome.WITHIN_REACH);
    }
}
