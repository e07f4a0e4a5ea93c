package io.battlesim.bench.odds;

import io.battlesim.engine.BattleConfig;
import io.battlesim.engine.Change;
import io.battlesim.engine.event.Gift;
import io.battlesim.engine.event.Sender;
import io.battlesim.engine.odds.ArrivalModel;
import io.battlesim.engine.odds.RaceState;
import io.battlesim.engine.odds.WinProbability;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Milliseconds per win-probability estimate of {@value #ROLLOUTS} rollouts on one thread, from a mid-battle state:
 * a 5-minute battle 150 s in, side A ahead by 5,000 points and boosted x2 for 20 more seconds, side B with a streak pending, and a
 * model fitted to the 150 s of committed gifts (prices drawn from TikTok's common gifts). {@code giftsPerSecond} is
 * the gift rate per side the history was generated with: 1 is a lively battle, 20 a very busy one (about 3,000
 * more gifts per side per rollout). The target is under 100 ms. Run: {@code java -jar bench/target/benchmarks.jar
 * Rollout}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RolloutBenchmark {

    /** Rollouts per estimate. */
    public static final int ROLLOUTS = 10_000;

    private static final long ELAPSED_MILLIS = 150_000;
    private static final long LEAD = 5_000;
    private static final long[] PRICES = {1, 1, 1, 1, 5, 5, 10, 15, 30, 99, 199, 299, 500, 1_000, 5_000};

    @Param({"1", "20"})
    public int giftsPerSecond;

    private final WinProbability odds = new WinProbability(ROLLOUTS);
    private final SplittableRandom random = new SplittableRandom(42);
    private RaceState state;
    private ArrivalModel model;

    @Setup
    public void midBattle() {
        List<Change.GiftCommitted> commits = new ArrayList<>();
        long[] scores = new long[2];
        SplittableRandom history = new SplittableRandom(7);
        Sender viewer = new Sender("1", "viewer", "Viewer");
        for (int i = 0; i < 2 * giftsPerSecond * ELAPSED_MILLIS / 1000; i++) {
            int side = i % 2;
            long coins = PRICES[history.nextInt(PRICES.length)];
            scores[side] += coins;
            Gift gift = new Gift(1, "Gift", 2, (int) coins);
            commits.add(new Change.GiftCommitted(
                    side == 0 ? "A" : "B", "room", viewer, gift, 1, coins, coins, false, false, i));
        }
        scores[0] = scores[1] + LEAD;
        state = new RaceState(
                BattleConfig.DEFAULT_DURATION.toMillis() - ELAPSED_MILLIS,
                scores,
                new int[] {2, 1},
                new long[] {20_000, 0},
                new long[2],
                new long[] {0, 150});
        model = ArrivalModel.fit(commits, List.of("A", "B"), ELAPSED_MILLIS);
        double[] check = odds.estimate(state, model, new SplittableRandom(1));
        System.out.printf(
                "%nmid-battle: scores %d : %d, %.0f s left, model %.2f / %.2f gifts/s, P(A) = %.3f%n",
                scores[0],
                scores[1],
                state.remainingMillis() / 1000.0,
                model.giftsPerSecond()[0],
                model.giftsPerSecond()[1],
                check[0]);
    }

    @Benchmark
    public double[] estimate() {
        return odds.estimate(state, model, random);
    }
}
