package io.battlesim.engine.odds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import io.battlesim.engine.Change;
import io.battlesim.engine.event.Gift;
import io.battlesim.engine.event.Sender;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArrivalModelTests {

    private static final List<String> SIDES = List.of("A", "B");

    @Test
    void fallsBackToThePriorBeforeAnyGift() {
        ArrivalModel model = ArrivalModel.fit(List.of(), SIDES, 0);

        assertThat(model.giftsPerSecond()).containsExactly(0.25, 0.25);
        assertThat(model.coinSamples()[0]).isEqualTo(ArrivalFit.PRIOR_COINS).isEqualTo(model.coinSamples()[1]);
    }

    @Test
    void shrinksAFewEarlyGiftsTowardThePooledRate() {
        // A got 10 gifts in 10 s, B none: A's own rate of 1/s is shrunk halfway-plus toward the pool, B lifted.
        ArrivalModel model = ArrivalModel.fit(gifts("A", 10, 30), SIDES, 10_000);

        double pooled = (5 + 0.25 * 30) / 40.0;
        assertThat(model.giftsPerSecond()[0]).isCloseTo((10 + pooled * 30) / 40, within(1e-12));
        assertThat(model.giftsPerSecond()[1]).isCloseTo(pooled * 30 / 40, within(1e-12));
        assertThat(model.coinSamples()[0])
                .hasSize(10 + ArrivalFit.PRIOR_COINS.length)
                .contains(30L);
        assertThat(model.coinSamples()[1]).hasSize(ArrivalFit.PRIOR_COINS.length);
    }

    @Test
    void followsTheBattleOnceItHasRunAWhile() {
        List<Change.GiftCommitted> commits = new ArrayList<>(gifts("A", 600, 5));
        commits.addAll(gifts("B", 150, 99));

        ArrivalModel model = ArrivalModel.fit(commits, SIDES, 300_000);

        assertThat(model.giftsPerSecond()[0]).isCloseTo(2.0, within(0.2));
        assertThat(model.giftsPerSecond()[1]).isCloseTo(0.5, within(0.1));
        assertThat(java.util.Arrays.stream(model.coinSamples()[1]).filter(coins -> coins == 99))
                .hasSizeGreaterThanOrEqualTo(150);
    }

    @Test
    void carriesTheRateForwardAtThePaceOfTheRound() {
        // Half the round gone at a third of the pace to come: 20 gifts in 100 s promise about 0.6 a second, not 0.2.
        // The pace {1, 3} averages 1 as {0.5, 1.5}: 100 s so far count as 50 s of average pace.
        List<Change.GiftCommitted> commits = new ArrayList<>(gifts("A", 20, 5));
        commits.addAll(gifts("B", 20, 5));
        double[] pace = {1, 3};

        ArrivalModel even = ArrivalModel.fit(commits, SIDES, 100_000);
        ArrivalModel paced = ArrivalModel.fit(commits, SIDES, 100_000, 100_000, pace);

        assertThat(even.giftsPerSecond()[0]).isCloseTo(0.2, within(0.03));
        double pooled = (20 + 0.25 * 30) / (50 + 30);
        assertThat(paced.giftsPerSecond()[0]).isCloseTo(1.5 * (20 + pooled * 30) / (50 + 30), within(1e-9));
        assertThat(ArrivalModel.fit(commits, SIDES, 100_000, 100_000, new double[] {2, 2}))
                .isEqualTo(ArrivalModel.fit(commits, SIDES, 100_000, 100_000, new double[] {1}));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ArrivalModel.fit(commits, SIDES, 1, 1, new double[] {1, 0}));
    }

    @Test
    void treatsIdenticalHistoriesAlikeAndSkipsUnknownSides() {
        List<Change.GiftCommitted> commits = new ArrayList<>(gifts("A", 4, 10));
        commits.addAll(gifts("B", 4, 10));
        commits.addAll(gifts("elsewhere", 50, 777));

        ArrivalModel model = ArrivalModel.fit(commits, SIDES, 20_000);

        assertThat(model.giftsPerSecond()[0]).isEqualTo(model.giftsPerSecond()[1]);
        assertThat(model.coinSamples()[0]).isEqualTo(model.coinSamples()[1]).doesNotContain(777L);
    }

    @Test
    void isImmutableAndValidated() {
        long[] samples = {1, 5};
        ArrivalModel model = ArrivalModel.uniform(2, 1, samples);
        samples[0] = 77;
        model.coinSamples()[0][0] = 77;

        assertThat(model.coinSamples()[0]).containsExactly(1, 5);
        assertThat(model).isEqualTo(ArrivalModel.uniform(2, 1, new long[] {1, 5}));
        assertThatIllegalArgumentException().isThrownBy(() -> ArrivalModel.uniform(2, 1, new long[0]));
        assertThatIllegalArgumentException().isThrownBy(() -> ArrivalModel.uniform(2, -1, samples));
        assertThatIllegalArgumentException().isThrownBy(() -> ArrivalModel.uniform(2, Double.NaN, samples));
    }

    private static List<Change.GiftCommitted> gifts(String side, int count, int coins) {
        List<Change.GiftCommitted> commits = new ArrayList<>();
        Gift gift = new Gift(1, "Gift", 2, coins);
        Sender sender = new Sender("1", "viewer", "Viewer");
        for (int i = 0; i < count; i++) {
            commits.add(new Change.GiftCommitted(side, "room", sender, gift, 1, coins, coins, false, false, i));
        }
        return commits;
    }
}
