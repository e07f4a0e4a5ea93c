package io.battlesim.bench.engine;

import io.battlesim.engine.ApplyResult;
import io.battlesim.engine.Battle;
import io.battlesim.engine.BattleConfig;
import io.battlesim.engine.Phase;
import io.battlesim.engine.event.BattleEvent;
import io.battlesim.engine.event.GiftReceived;
import io.battlesim.engine.event.LikeReceived;
import io.battlesim.engine.event.Tick;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Events applied per second on one thread: each invocation plays a whole pre-generated battle ({@link #EVENTS}
 * events: streak taps and ends, lost ends, non-streakable gifts, likes, re-deliveries, ticks) into a new
 * {@link Battle}, consuming every result. Thanks to {@link OperationsPerInvocation} the score is in events per
 * second (invocations per second times {@link #EVENTS}). Run: {@code java -jar bench/target/benchmarks.jar
 * EngineThroughput}.
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
public class EngineThroughputBenchmark {

    /** Events in one battle (the live events, their ticks, start and end). */
    public static final int EVENTS = 100_000;

    /**
     * {@code fresh}: every event carries its own string instances, as parsing each message gives; replaying 100,000
     * pre-generated events then reads them cold from memory, unlike an event applied right after parsing, so this
     * is the conservative figure. {@code shared}: events share the string instances of their room, viewer and
     * combo (message ids stay unique), as a connector that canonicalises ids gives.
     */
    @Param({"fresh", "shared"})
    public String strings;

    private BattleConfig config;
    private BattleEvent[] events;

    /** Generates the battle once; its shape is checked so a broken generator cannot produce a flattering number. */
    @Setup
    public void generate() {
        config = MixedStream.config();
        List<BattleEvent> stream = MixedStream.generate(42, EVENTS, 2_000, strings.equals("fresh"));
        events = stream.toArray(new BattleEvent[0]);
        Battle check = new Battle(config);
        Map<String, Integer> outcomes = new TreeMap<>();
        for (BattleEvent event : events) {
            outcomes.merge(outcome(check.apply(event)), 1, Integer::sum);
        }
        int applied = outcomes.getOrDefault("applied", 0);
        if (check.phase() != Phase.ENDED || applied < EVENTS / 2) {
            throw new IllegalStateException("unrealistic stream: " + outcomes + ", phase " + check.phase());
        }
        System.out.println(describe(stream, outcomes, check));
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long applyMixedStream(Blackhole blackhole) {
        Battle battle = new Battle(config);
        for (BattleEvent event : events) {
            blackhole.consume(battle.apply(event));
        }
        return battle.version();
    }

    private static String outcome(ApplyResult result) {
        return switch (result) {
            case ApplyResult.Applied applied -> "applied";
            case ApplyResult.Duplicate duplicate -> "duplicate";
            case ApplyResult.Ignored ignored -> "ignored " + ignored.reason();
            case ApplyResult.Late late -> "late";
            case ApplyResult.Rejected rejected -> "rejected " + rejected.reason();
        };
    }

    private static String describe(List<BattleEvent> stream, Map<String, Integer> outcomes, Battle battle) {
        int gifts = 0;
        int ends = 0;
        int likes = 0;
        int ticks = 0;
        Set<String> ids = new HashSet<>();
        int duplicates = 0;
        for (BattleEvent event : stream) {
            if (event instanceof GiftReceived gift) {
                gifts++;
                ends += gift.repeatEnd() ? 1 : 0;
                duplicates += ids.add(gift.eventId()) ? 0 : 1;
            } else if (event instanceof LikeReceived like) {
                likes++;
                duplicates += ids.add(like.eventId()) ? 0 : 1;
            } else if (event instanceof Tick) {
                ticks++;
            }
        }
        return String.format(
                "%nstream: %d events = %d gift events (%d streak ends), %d like events, %d ticks, %d re-deliveries;"
                        + " outcomes %s; final scores %d : %d%n",
                stream.size(),
                gifts,
                ends,
                likes,
                ticks,
                duplicates,
                outcomes,
                battle.snapshot().sides().get(0).score(),
                battle.snapshot().sides().get(1).score());
    }
}
