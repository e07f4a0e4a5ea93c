package io.battlesim.bench.sim;

import io.battlesim.engine.BattleConfig;
import io.battlesim.engine.SideConfig;
import io.battlesim.engine.agent.AgentSpec;
import io.battlesim.engine.agent.StrategyKind;
import io.battlesim.engine.sim.CrowdModel;
import io.battlesim.engine.sim.Seat;
import io.battlesim.engine.sim.SimulationResult;
import io.battlesim.engine.sim.SimulationSetup;
import io.battlesim.engine.sim.Simulator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Simulated battle-seconds per second on one thread: each invocation plays a whole five-minute battle
 * ({@value #BATTLE_SECONDS} battle-seconds) of a steady giver against a sniper, 10,000 coins each, with a
 * {@link CrowdModel#typical() typical crowd} on both sides, through a real engine battle; every invocation takes the
 * next seed, so no two battles are alike. Thanks to {@link OperationsPerInvocation} the score is in battle-seconds
 * per second. Run: {@code java -jar bench/target/benchmarks.jar SimulatorThroughput}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
public class SimulatorThroughputBenchmark {

    /** The battle's length, in seconds. */
    public static final int BATTLE_SECONDS = 300;

    /** How often agents act and the battle ticks, in milliseconds: the default 250 ms, or a coarse second. */
    @Param({"250", "1000"})
    public long stepMillis;

    private final Simulator simulator = new Simulator();
    private SimulationSetup setup;
    private long seed;

    /** Builds the setup and checks that its battles are real battles, so a broken setup cannot flatter the score. */
    @Setup
    public void prepare() {
        BattleConfig config = BattleConfig.builder("bench")
                .side(SideConfig.host("A", "Ava", "room-a", "host-a"))
                .side(SideConfig.host("B", "Leo", "room-b", "host-b"))
                .duration(Duration.ofSeconds(BATTLE_SECONDS))
                .build();
        setup = new SimulationSetup(
                config,
                List.of(
                        new Seat(AgentSpec.of("steady", StrategyKind.STEADY, 10_000), 0),
                        new Seat(AgentSpec.of("sniper", StrategyKind.SNIPER, 10_000), 1)),
                Map.of(0, CrowdModel.typical(), 1, CrowdModel.typical()),
                0,
                Duration.ofMillis(stepMillis));
        long events = 0;
        for (int i = 0; i < 100; i++) {
            SimulationResult result = simulator.run(setup.withSeed(-1 - i));
            events += result.events();
            boolean bothSpent = result.spentByAgent().values().stream().allMatch(spent -> spent > 9_000);
            if (!bothSpent || result.score(0) + result.score(1) < 20_000) {
                throw new IllegalStateException("unrealistic battle: " + result);
            }
        }
        System.out.printf("%nstep %d ms: %.0f events fed per battle on average%n", stepMillis, events / 100.0);
    }

    @Benchmark
    @OperationsPerInvocation(BATTLE_SECONDS)
    public SimulationResult playBattle() {
        return simulator.run(setup.withSeed(seed++));
    }
}
