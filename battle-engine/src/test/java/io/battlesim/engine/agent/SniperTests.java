package io.battlesim.engine.agent;

import static io.battlesim.engine.sim.SimFixtures.agent;
import static io.battlesim.engine.sim.SimFixtures.duelWithCrowds;
import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.engine.ApplyResult;
import io.battlesim.engine.powerup.PowerUpKind;
import io.battlesim.engine.powerup.PowerUpRule;
import io.battlesim.engine.powerup.TriggeredBy;
import io.battlesim.engine.sim.SimFixtures;
import io.battlesim.engine.sim.SimulationSetup;
import org.junit.jupiter.api.Test;

class SniperTests {

    @Test
    void spendsMostOfItsBudgetInTheLastTenth() {
        for (long seed = 1; seed <= 10; seed++) {
            long budget = 2_000 + seed * 3_000;
            Spending spending = Spending.of(SimFixtures.record(sniperAgainstSteady(budget, seed)), "sniper");

            assertThat(spending.between(270, 301)).as("seed %d", seed).isGreaterThanOrEqualTo((long) (budget * 0.7));
            assertThat(spending.between(0, 270)).as("seed %d", seed).isLessThanOrEqualTo((long) (budget * 0.2));
            assertThat(spending.total()).isLessThanOrEqualTo(budget);
        }
    }

    @Test
    void spendsTheFinalStretchInBigGiftsThatLandAtOnce() {
        SimFixtures.Recording recording = SimFixtures.record(sniperAgainstSteady(50_000, 3));

        assertThat(recording.giftsOf("sniper").stream()
                        .filter(gift ->
                                gift.timestamp() - recording.events.getFirst().timestamp() >= 270_000)
                        .filter(gift -> !gift.gift().streakable())
                        .mapToLong(
                                gift -> (long) gift.repeatCount() * gift.gift().diamondCount())
                        .sum())
                .isGreaterThan(35_000);
    }

    @Test
    void usesAGloveForTheFinalStretchWhenTheRulesLetAgents() {
        SimFixtures.Recording recording = SimFixtures.record(sniperAgainstSteady(10_000, 5));

        assertThat(recording.boostsOf("sniper")).singleElement().isInstanceOf(ApplyResult.Applied.class);
        assertThat(recording.snapshots.getLast().side("A").powerUpsUsed()).containsEntry(PowerUpKind.BOOSTING_GLOVE, 1);
    }

    @Test
    void usesNoGloveWhenTheRulesKeepAgentsOut() {
        SimulationSetup open = sniperAgainstSteady(10_000, 5);
        SimulationSetup closed = new SimulationSetup(
                SimFixtures.oneVsOne()
                        .powerUps(open.config()
                                .powerUps()
                                .with(
                                        PowerUpKind.BOOSTING_GLOVE,
                                        PowerUpRule.boostingGlove(2).allowing(TriggeredBy.CREATOR)))
                        .build(),
                open.seats(),
                open.crowds(),
                open.seed());

        SimFixtures.Recording recording = SimFixtures.record(closed);

        assertThat(recording.boostsOf("sniper")).isEmpty();
        assertThat(Spending.of(recording, "sniper").between(270, 301)).isGreaterThanOrEqualTo(7_000);
    }

    @Test
    void spendsMoreWhenBehind() {
        Sniper behind = new Sniper(Sniper.Params.DEFAULTS);
        Sniper ahead = new Sniper(Sniper.Params.DEFAULTS);
        Seen.Purse purseBehind = Seen.purse(20_000);
        Seen.Purse purseAhead = Seen.purse(20_000);

        long whenBehind = Seen.Purse.coins(purseBehind.step(behind, Seen.at(275, 1_000, 6_000L)));
        long whenAhead = Seen.Purse.coins(purseAhead.step(ahead, Seen.at(275, 6_000, 1_000L)));

        assertThat(whenBehind).isGreaterThanOrEqualTo(5_000);
        assertThat(whenAhead).isZero();
    }

    @Test
    void keepsItsReserveBeforeTheFinalStretch() {
        Sniper sniper = new Sniper(Sniper.Params.DEFAULTS);
        Seen.Purse purse = Seen.purse(20_000);

        for (double second = 0; second < 270; second += 0.25) {
            purse.step(sniper, Seen.at(second, 0, 50_000L));
        }

        assertThat(purse.wallet().remaining()).isGreaterThanOrEqualTo(16_000);
    }

    private static SimulationSetup sniperAgainstSteady(long budget, long seed) {
        return duelWithCrowds(
                agent("sniper", StrategyKind.SNIPER, budget), agent("steady", StrategyKind.STEADY, budget), seed);
    }
}
