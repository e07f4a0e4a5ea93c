package io.battlesim.engine.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.engine.Phase;
import io.battlesim.engine.agent.Observation.SideSeen;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReactiveGiverTests {

    @Test
    void spendsNothingWhileAheadLevelOrWithinItsMargin() {
        ReactiveGiver reactive = new ReactiveGiver(ReactiveGiver.Params.DEFAULTS);
        Seen.Purse purse = Seen.purse(50_000);

        assertThat(purse.step(reactive, Seen.at(10, 5_000, 1_000L))).isEmpty();
        assertThat(purse.step(reactive, Seen.at(11, 5_000, 5_000L))).isEmpty();
        assertThat(purse.step(reactive, Seen.at(12, 5_000, 5_100L))).isEmpty();
        assertThat(purse.wallet().spent()).isZero();
    }

    @Test
    void spendsInProportionToTheDeficit() {
        Seen.Purse small = Seen.purse(50_000);
        Seen.Purse large = Seen.purse(50_000);

        long forSmall =
                Seen.Purse.coins(small.step(new ReactiveGiver(ReactiveGiver.Params.DEFAULTS), Seen.at(10, 0, 1_000L)));
        long forLarge =
                Seen.Purse.coins(large.step(new ReactiveGiver(ReactiveGiver.Params.DEFAULTS), Seen.at(10, 0, 10_000L)));

        assertThat(forSmall).isBetween(1_050L, 1_100L);
        assertThat(forLarge).isBetween(10_900L, 11_000L);
    }

    @Test
    void spendsLessUnderItsOwnMultiplier() {
        Seen.Purse purse = Seen.purse(50_000);
        Observation boosted = new Observation(
                Seen.T0 + 10_000,
                290_000,
                Phase.LIVE,
                List.of(new SideSeen("A", 0L, 2, false, false), new SideSeen("B", 10_000L, 1, false, false)),
                0,
                List.of(),
                10_000);

        assertThat(Seen.Purse.coins(purse.step(new ReactiveGiver(ReactiveGiver.Params.DEFAULTS), boosted)))
                .isBetween(5_400L, 5_500L);
    }

    @Test
    void spendsOnlyWhileBehindThroughABattle() {
        ReactiveGiver reactive = new ReactiveGiver(ReactiveGiver.Params.DEFAULTS);
        Seen.Purse purse = Seen.purse(100_000);
        long own = 0;
        long opponent = 0;

        for (double second = 0; second < 300; second += 0.25) {
            if (second % 20 == 0) {
                opponent += 3_000; // the other side surges every 20 s
            }
            boolean behind = opponent - own > ReactiveGiver.Params.DEFAULTS.margin();
            long given = Seen.Purse.coins(purse.step(reactive, Seen.at(second, own, opponent)));
            if (!behind) {
                assertThat(given).as("at %s s, %d to %d", second, own, opponent).isZero();
            }
            own += given;
        }

        assertThat(purse.wallet().spent()).isBetween(45_000L, 55_000L);
        assertThat(own).isGreaterThanOrEqualTo(opponent - ReactiveGiver.Params.DEFAULTS.margin() - 3_000);
    }

    @Test
    void countsAMistedOpponentAtItsLastVisibleScore() {
        ReactiveGiver reactive = new ReactiveGiver(ReactiveGiver.Params.DEFAULTS);
        Seen.Purse purse = Seen.purse(50_000);
        purse.step(reactive, Seen.at(10, 3_000, 3_000L));

        assertThat(purse.step(reactive, Seen.at(11, 3_000, null))).isEmpty();
        assertThat(purse.wallet().spent()).isZero();
    }

    @Test
    void waitsForItsGiftsToLandBeforeGivingAgain() {
        ReactiveGiver reactive = new ReactiveGiver(ReactiveGiver.Params.DEFAULTS);
        Seen.Purse purse = Seen.purse(50_000);

        assertThat(purse.step(reactive, Seen.at(10, 0, 2_000L))).isNotEmpty();
        assertThat(purse.step(reactive, Seen.at(10.25, 0, 2_000L))).isEmpty();
        assertThat(purse.step(reactive, Seen.at(11, 0, 2_000L))).isNotEmpty();
    }
}
