package io.battlesim.engine.agent;

import static io.battlesim.engine.sim.SimFixtures.agent;
import static io.battlesim.engine.sim.SimFixtures.duelWithCrowds;
import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.engine.powerup.PowerUpKind;
import io.battlesim.engine.sim.SimFixtures;
import io.battlesim.engine.sim.SimulationResult;
import io.battlesim.engine.sim.SimulationSetup;
import io.battlesim.engine.sim.Simulator;
import org.junit.jupiter.api.Test;

class BudgetPlannerTests {

    @Test
    void beatsASteadyGiverOfEqualBudgetInMostBattles() {
        Simulator simulator = new Simulator();
        int wins = 0;
        int losses = 0;
        for (long seed = 0; seed < 200; seed++) {
            SimulationSetup setup = duelWithCrowds(
                    agent("planner", StrategyKind.PLANNER, 10_000), agent("steady", StrategyKind.STEADY, 10_000), seed);

            SimulationResult result = simulator.run(setup);

            wins += "A".equals(result.winnerSideId()) ? 1 : 0;
            losses += "B".equals(result.winnerSideId()) ? 1 : 0;
        }

        assertThat(wins)
                .as("%d wins, %d losses of 200", wins, losses)
                .isGreaterThanOrEqualTo(120); // 142 at the time of writing
    }

    @Test
    void holdsItsBudgetForTheGloveAtTheEnd() {
        SimFixtures.Recording recording = SimFixtures.record(duelWithCrowds(
                agent("planner", StrategyKind.PLANNER, 10_000), agent("steady", StrategyKind.STEADY, 10_000), 3));
        Spending spending = Spending.of(recording, "planner");

        assertThat(spending.between(0, 270)).isZero();
        assertThat(recording.boostsOf("planner")).hasSize(1);
        assertThat(recording.snapshots.getLast().side("A").powerUpsUsed()).containsEntry(PowerUpKind.BOOSTING_GLOVE, 1);
    }

    @Test
    void sendsNothingWhenTheBattleIsWonWithoutIt() {
        BudgetPlanner planner = new BudgetPlanner(BudgetPlanner.Params.DEFAULTS);
        Seen.Purse purse = Seen.purse(10_000);

        for (double second = 290; second < 300; second += 0.25) {
            purse.step(planner, Seen.at(second, 500_000, 1_000L, Seen.opposing(10, second - 1)));
        }

        assertThat(purse.wallet().spent()).isEqualTo(GiftCatalogue.boosterPrice(PowerUpKind.BOOSTING_GLOVE));
    }

    @Test
    void sendsWhatItTakesToWinAtTheBell() {
        BudgetPlanner planner = new BudgetPlanner(BudgetPlanner.Params.DEFAULTS.withoutGlove());
        Seen.Purse purse = Seen.purse(100_000);
        long own = 1_000;

        for (double second = 290; second < 300; second += 0.25) {
            own += Seen.Purse.coins(purse.step(planner, Seen.at(second, own, 21_000L, Seen.opposing(10, second - 1))));
        }

        assertThat(own).isGreaterThan(21_000);
        assertThat(purse.wallet().spent()).isBetween(20_001L, 40_000L);
    }

    @Test
    void keepsItsCoinsWhenTheBattleIsLostWhateverItSends() {
        BudgetPlanner planner = new BudgetPlanner(BudgetPlanner.Params.DEFAULTS.withoutGlove());
        Seen.Purse purse = Seen.purse(1_000);

        for (double second = 290; second < 300; second += 0.25) {
            purse.step(planner, Seen.at(second, 0, 500_000L, Seen.opposing(10, second - 1)));
        }

        assertThat(purse.wallet().spent()).isZero();
    }
}
