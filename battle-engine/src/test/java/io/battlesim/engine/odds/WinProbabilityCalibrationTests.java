package io.battlesim.engine.odds;

import static org.assertj.core.api.Assertions.assertThat;

import io.battlesim.engine.BattleConfig;
import io.battlesim.engine.BattleSnapshot;
import io.battlesim.engine.Change;
import io.battlesim.engine.SideConfig;
import io.battlesim.engine.sim.CrowdModel;
import io.battlesim.engine.sim.SimulationResult;
import io.battlesim.engine.sim.SimulationSetup;
import io.battlesim.engine.sim.Simulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The forecasts are honest on simulated battles: 400 five-minute battles between typical crowds of unequal size
 * (each side's crowd scaled by a factor from ½ to 2), each forecast at five random instants from the battle so far
 * (the arrival model fitted to its commits, carried forward at the crowd's pace), then compared with who won. The
 * full check over thousands of battles, agents included, is {@code bench}'s {@code Calibration}.
 */
class WinProbabilityCalibrationTests {

    private static final int BATTLES = 400;
    private static final int INSTANTS = 5;
    /** A decile is judged once it holds this many forecasts (its observed rate then has a standard error ≤ 0.05). */
    private static final int ENOUGH = 100;
    /** How far a decile's observed win rate may be from its mean forecast. */
    private static final double TOLERANCE = 0.1;

    private static final BattleConfig CONFIG = BattleConfig.builder("calibration")
            .side(SideConfig.host("A", "A", "room-a", "host-a"))
            .side(SideConfig.host("B", "B", "room-b", "host-b"))
            .build();
    /** Steps of a second: the crowds are the same, and the observer builds a quarter as many snapshots. */
    private static final Duration STEP = Duration.ofSeconds(1);

    private static final double[] PACE = CrowdModel.typical().arrivalsPerSecond();

    private final Simulator simulator = new Simulator();
    private final WinProbability odds = new WinProbability(1_000);

    @Test
    void forecastsComeTrueAsOftenAsTheySayAndBeatTheLeaderWins() {
        CalibrationTable table = new CalibrationTable();
        for (int battle = 0; battle < BATTLES; battle++) {
            play(battle, table);
        }

        assertThat(table.samples()).isEqualTo((long) BATTLES * INSTANTS);
        assertThat(table.deciles())
                .filteredOn(decile -> decile.count() >= ENOUGH)
                .hasSizeGreaterThanOrEqualTo(6)
                .allSatisfy(decile -> assertThat(decile.gap())
                        .as("decile %.1f-%.1f: %s", decile.from(), decile.to(), table.toMarkdown())
                        .isLessThanOrEqualTo(TOLERANCE));
        assertThat(table.brier()).as(table.toMarkdown()).isLessThan(table.baselineBrier());
        assertThat(table.skill()).as(table.toMarkdown()).isGreaterThan(0.2);
    }

    private void play(int battle, CalibrationTable table) {
        SplittableRandom random = new SplittableRandom(battle * 0x9E3779B97F4A7C15L);
        CrowdModel a = CrowdModel.typical().scaled(Math.pow(2, random.nextDouble(-1, 1)));
        CrowdModel b = CrowdModel.typical().scaled(Math.pow(2, random.nextDouble(-1, 1)));
        SimulationSetup setup = new SimulationSetup(CONFIG, List.of(), Map.of(0, a, 1, b), random.nextLong(), STEP);
        long[] instants = new long[INSTANTS];
        for (int i = 0; i < INSTANTS; i++) {
            instants[i] = Simulator.START_MILLIS
                    + random.nextLong(1, CONFIG.duration().toMillis());
        }
        Arrays.sort(instants);
        List<Change.GiftCommitted> commits = new ArrayList<>();
        List<double[]> forecasts = new ArrayList<>();
        SimulationResult result = simulator.run(setup, (snapshot, committed) -> {
            commits.addAll(committed);
            while (forecasts.size() < INSTANTS && snapshot.now() >= instants[forecasts.size()]) {
                forecasts.add(new double[] {forecast(snapshot, commits, random), leaderWins(snapshot)});
            }
        });
        double outcome = result.tie() ? 0.5 : "A".equals(result.winnerSideId()) ? 1 : 0;
        for (double[] forecast : forecasts) {
            table.add(forecast[0], outcome, forecast[1]);
        }
    }

    private double forecast(BattleSnapshot snapshot, List<Change.GiftCommitted> commits, SplittableRandom random) {
        long elapsed = snapshot.now() - Simulator.START_MILLIS;
        ArrivalModel model = ArrivalModel.fit(commits, List.of("A", "B"), elapsed, snapshot.remainingMillis(), PACE);
        return odds.estimate(RaceState.of(snapshot), model, random)[0];
    }

    private static double leaderWins(BattleSnapshot snapshot) {
        long a = snapshot.sides().get(0).score();
        long b = snapshot.sides().get(1).score();
        return a > b ? 1 : a < b ? 0 : 0.5;
    }
}
