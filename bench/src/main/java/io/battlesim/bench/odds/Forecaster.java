package io.battlesim.bench.odds;

import io.battlesim.engine.BattleSnapshot;
import io.battlesim.engine.Change;
import io.battlesim.engine.odds.ArrivalModel;
import io.battlesim.engine.odds.RaceState;
import io.battlesim.engine.odds.WinProbability;
import io.battlesim.engine.sim.SimulationObserver;
import io.battlesim.engine.sim.Simulator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Watches one simulated battle and, at instants drawn in advance, forecasts side A's chance as the app would: the
 * race from the snapshot, the arrival model fitted to the battle's committed gifts so far and carried forward at
 * the given pace. Also notes the naive
 * baseline at the same instants: the leader wins, ½ when level.
 */
final class Forecaster implements SimulationObserver {

    private final WinProbability odds;
    private final double[] pace;
    private final List<String> sideIds;
    private final SplittableRandom random;
    private final long[] instants;
    private final List<Change.GiftCommitted> commits = new ArrayList<>();
    private final List<double[]> forecasts = new ArrayList<>();
    private int next;

    Forecaster(WinProbability odds, double[] pace, List<String> sideIds, long durationMillis, int samples, long seed) {
        this.odds = odds;
        this.pace = pace;
        this.sideIds = sideIds;
        this.random = new SplittableRandom(seed);
        this.instants = new long[samples];
        for (int i = 0; i < samples; i++) {
            instants[i] = Simulator.START_MILLIS + random.nextLong(1, durationMillis);
        }
        Arrays.sort(instants);
    }

    @Override
    public void onStep(BattleSnapshot snapshot, List<Change.GiftCommitted> committedThisStep) {
        commits.addAll(committedThisStep);
        while (next < instants.length && snapshot.now() >= instants[next] && snapshot.remainingMillis() > 0) {
            long elapsed = snapshot.now() - Simulator.START_MILLIS;
            ArrivalModel model = ArrivalModel.fit(commits, sideIds, elapsed, snapshot.remainingMillis(), pace);
            double[] p = odds.estimate(RaceState.of(snapshot), model, random);
            forecasts.add(new double[] {p[0], baseline(snapshot)});
            next++;
        }
    }

    /** Pairs of (forecast, baseline) for side A, in time order. */
    List<double[]> forecasts() {
        return forecasts;
    }

    private static double baseline(BattleSnapshot snapshot) {
        long a = snapshot.sides().get(0).score();
        long b = snapshot.sides().get(1).score();
        return a > b ? 1 : a < b ? 0 : 0.5;
    }
}
