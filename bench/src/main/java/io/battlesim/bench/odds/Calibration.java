package io.battlesim.bench.odds;

import io.battlesim.engine.odds.CalibrationTable;
import io.battlesim.engine.odds.WinProbability;
import io.battlesim.engine.sim.SimulationResult;
import io.battlesim.engine.sim.SimulationSetup;
import io.battlesim.engine.sim.Simulator;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the live win probability against what happened: simulates {@code --battles} battles (default 2,000; the
 * {@link Scenario}s in turn), forecasts side A's chance at {@code --samples} random instants of each (default 4,
 * {@code --rollouts} rollouts each, default 2,000; the arrival model carried forward at the typical crowd's pace, or
 * at an even pace with {@code --flat=1}), and prints the calibration table (deciles of the forecast: count, mean
 * forecast, observed win rate) with the Brier score of the forecasts and of the naive baseline "the current leader
 * wins, ½ when level", overall and per scenario ({@code --detail=1} adds each scenario's table). Deterministic for a
 * {@code --seed} (default 1). Run: {@code java -cp bench/target/benchmarks.jar io.battlesim.bench.odds.Calibration
 * --battles=2000}.
 */
public final class Calibration {

    private Calibration() {}

    public static void main(String[] args) {
        Map<String, Long> options = options(args);
        int battles = Math.toIntExact(options.getOrDefault("battles", 2_000L));
        int samples = Math.toIntExact(options.getOrDefault("samples", 4L));
        WinProbability odds = new WinProbability(Math.toIntExact(options.getOrDefault("rollouts", 2_000L)));
        long seed = options.getOrDefault("seed", 1L);
        double[] pace = options.getOrDefault("flat", 0L) == 1 ? new double[] {1} : Scenario.pace();
        Simulator simulator = new Simulator();
        CalibrationTable all = new CalibrationTable();
        Map<Scenario, CalibrationTable> byScenario = new EnumMap<>(Scenario.class);
        long started = System.nanoTime();
        for (int i = 0; i < battles; i++) {
            Scenario scenario = Scenario.values()[i % Scenario.values().length];
            SimulationSetup setup = scenario.setup(seed * 1_000_003L + i);
            Forecaster forecaster = new Forecaster(
                    odds, pace, List.of("A", "B"), setup.config().duration().toMillis(), samples, setup.seed());
            SimulationResult result = simulator.run(setup, forecaster);
            double outcome = result.tie() ? 0.5 : "A".equals(result.winnerSideId()) ? 1 : 0;
            for (double[] forecast : forecaster.forecasts()) {
                all.add(forecast[0], outcome, forecast[1]);
                byScenario
                        .computeIfAbsent(scenario, s -> new CalibrationTable())
                        .add(forecast[0], outcome, forecast[1]);
            }
        }
        System.out.printf(
                "%,d battles, %d instants each, %,d rollouts per forecast, pace %s, %.1f s%n%n",
                battles, samples, odds.rollouts(), Arrays.toString(pace), (System.nanoTime() - started) / 1e9);
        print(all, byScenario, options.getOrDefault("detail", 0L) == 1);
    }

    private static void print(CalibrationTable all, Map<Scenario, CalibrationTable> byScenario, boolean detail) {
        System.out.println(all.toMarkdown());
        byScenario.forEach((scenario, table) -> System.out.printf(
                "%-7s Brier %.4f, baseline %.4f, skill %.3f (%,d forecasts); largest decile gap %.3f%n",
                scenario, table.brier(), table.baselineBrier(), table.skill(), table.samples(), largestGap(table)));
        if (detail) {
            byScenario.forEach((scenario, table) -> System.out.printf("%n%s%n%s", scenario, table.toMarkdown()));
        }
    }

    /** The largest |observed - forecast| over deciles with at least 50 forecasts. */
    private static double largestGap(CalibrationTable table) {
        double gap = 0;
        for (CalibrationTable.Decile decile : table.deciles()) {
            if (decile.count() >= 50) {
                gap = Math.max(gap, decile.gap());
            }
        }
        return gap;
    }

    private static Map<String, Long> options(String[] args) {
        Map<String, Long> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("options are --name=value, got " + arg);
            }
            String name = arg.substring(2, arg.indexOf('='));
            if (!List.of("battles", "samples", "rollouts", "seed", "detail", "flat")
                    .contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name);
            }
            options.put(name, Long.parseLong(arg.substring(arg.indexOf('=') + 1)));
        }
        return options;
    }
}
