package io.battlesim.engine.agent;

import static io.battlesim.engine.agent.Seen.opposing;
import static io.battlesim.engine.agent.Seen.own;
import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.engine.Change;
import io.battlesim.engine.sim.CrowdModel;
import io.battlesim.engine.sim.Seat;
import io.battlesim.engine.sim.SimFixtures;
import io.battlesim.engine.sim.SimulationSetup;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WhaleTests {

    @Test
    void answersEveryBigOpposingGiftWithABiggerOneWithinSeconds() {
        CrowdModel generous = CrowdModel.typical();
        generous = new CrowdModel(
                generous.arrivalsPerSecond(),
                generous.mix(),
                generous.streakLengths(),
                0.2,
                generous.bigMix(),
                generous.gifters(),
                generous.bigSpenders());
        SimulationSetup setup = new SimulationSetup(
                SimFixtures.oneVsOne().build(),
                List.of(new Seat(AgentSpec.of("whale", StrategyKind.WHALE, 5_000_000), 0)),
                Map.of(1, generous),
                8);

        SimFixtures.Recording recording = SimFixtures.record(setup);

        List<Change.GiftCommitted> answers = recording.commitsOf("whale");
        List<Change.GiftCommitted> bigOnes = recording.commits.stream()
                .filter(commit -> commit.sideId().equals("B") && commit.coins() >= 1_000)
                .filter(commit -> commit.at() < recording.events.getFirst().timestamp() + 297_000)
                .toList();
        assertThat(bigOnes).hasSizeGreaterThan(5);
        for (Change.GiftCommitted big : bigOnes) {
            assertThat(answers)
                    .as("an answer to %d coins at %d", big.coins(), big.at())
                    .anySatisfy(answer -> {
                        assertThat(answer.coins()).isGreaterThan(big.coins());
                        assertThat(answer.at()).isBetween(big.at(), big.at() + 3_000);
                    });
        }
        assertThat(recording.commits.stream().filter(commit -> commit.sideId().equals("B")))
                .anySatisfy(small -> assertThat(small.coins()).isLessThan(1_000));
        assertThat(answers).hasSizeGreaterThanOrEqualTo(bigOnes.size());
    }

    @Test
    void answersWithTheCheapestSingleGiftThatTopsTheGiftByItsFactor() {
        Seen.Purse purse = Seen.purse(100_000);

        List<Order> orders =
                purse.step(new Whale(Whale.Params.DEFAULTS), Seen.at(30, 0, 5_000L, opposing(5_000, 29.8)));

        assertThat(orders).containsExactly(new Order.Give(GiftCatalogue.byName("Interstellar"), 1));
    }

    @Test
    void idlesOnSmallGiftsAndItsOwnSidesGifts() {
        Whale whale = new Whale(Whale.Params.DEFAULTS);
        Seen.Purse purse = Seen.purse(100_000);

        assertThat(purse.step(whale, Seen.at(30, 0, 999L, opposing(999, 29.9), own(40_000, 29.9))))
                .isEmpty();
    }

    @Test
    void answersEachGiftOnce() {
        Whale whale = new Whale(Whale.Params.DEFAULTS);
        Seen.Purse purse = Seen.purse(100_000);
        Observation.FeedItem galaxy = opposing(1_000, 29.9);

        assertThat(purse.step(whale, Seen.at(30, 0, 1_000L, galaxy))).hasSize(1);
        assertThat(purse.step(whale, Seen.at(30.25, 1_500, 1_000L, galaxy))).isEmpty();
    }

    @Test
    void goesAllInOnlyWhenThatStillTopsTheGift() {
        Seen.Purse rich = Seen.purse(3_000);
        Seen.Purse poor = Seen.purse(900);

        assertThat(Seen.Purse.coins(
                        rich.step(new Whale(Whale.Params.DEFAULTS), Seen.at(30, 0, 2_000L, opposing(2_000, 29.9)))))
                .isBetween(2_001L, 3_000L);
        assertThat(poor.step(new Whale(Whale.Params.DEFAULTS), Seen.at(30, 0, 1_000L, opposing(1_000, 29.9))))
                .isEmpty();
    }
}
