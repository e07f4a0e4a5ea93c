package io.battlesim.bench.cluster;

import java.io.IOException;
import java.util.Locale;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;

/**
 * A measured window of one setup: the CPU time of each node, of this harness, of PostgreSQL and of Redis, the
 * machine's busy time, PostgreSQL's commits and Redis's commands between its start and its end, and the rows every
 * phase reports about them.
 */
final class Window {

    private final Rig rig;
    private final DatabaseActivity activity;
    private final Snapshot start;
    private Snapshot end;
    private long redisOpsPerSecond = -1;
    private long redisMemory = -1;

    /** Counters at one moment. */
    private record Snapshot(
            long nanos,
            long[] nodeCpu,
            long harnessCpu,
            long postgresCpu,
            long redisCpu,
            long[] ticks,
            long[] database,
            long redisCommands) {

        static Snapshot take(Rig rig) {
            long[] nodes = new long[rig.nodes()];
            for (int node = 0; node < nodes.length; node++) {
                nodes[node] = Machine.cpuNanos(rig.pid(node));
            }
            return new Snapshot(
                    System.nanoTime(),
                    nodes,
                    Machine.cpuNanos(ProcessHandle.current().pid()),
                    Machine.cpuNanosOfPostgres(rig.settings().databaseName()),
                    Machine.cpuNanosOfAll("redis-server", command -> true),
                    Machine.ticks(),
                    rig.databaseCounters(),
                    rig.redisInfo("stats", "total_commands_processed"));
        }
    }

    private Window(Rig rig) {
        this.rig = rig;
        this.activity = DatabaseActivity.start(rig.settings());
        this.start = Snapshot.take(rig);
        this.end = start;
    }

    static Window open(Rig rig) {
        return new Window(rig);
    }

    void close() throws Exception {
        end = Snapshot.take(rig);
        redisOpsPerSecond = rig.redisInfo("stats", "instantaneous_ops_per_sec");
        redisMemory = rig.redisInfo("memory", "used_memory");
        activity.close();
    }

    double seconds() {
        return (end.nanos - start.nanos) / 1e9;
    }

    /** CPU seconds node {@code node} used in the window. */
    double nodeCpuSeconds(int node) {
        return (end.nodeCpu[node] - start.nodeCpu[node]) / 1e9;
    }

    /** CPU seconds all nodes used in the window. */
    double nodesCpuSeconds() {
        return IntStream.range(0, rig.nodes()).mapToDouble(this::nodeCpuSeconds).sum();
    }

    /** The rows on CPU, PostgreSQL and Redis. */
    void report(String section) throws IOException {
        Results results = rig.results();
        results.add(
                section,
                "node CPU, cores (node 1 runs the battle)",
                "%s",
                eachNode(rig.nodes(), "%.2f", node -> nodeCpuSeconds(node) / seconds()));
        double harness = (end.harnessCpu - start.harnessCpu) / 1e9 / seconds();
        double postgres = (end.postgresCpu - start.postgresCpu) / 1e9 / seconds();
        double redis = (end.redisCpu - start.redisCpu) / 1e9 / seconds();
        double busy = machineBusyCores();
        double nodes = nodesCpuSeconds() / seconds();
        results.add(
                section,
                "CPU, cores: all nodes / harness / PostgreSQL / Redis / rest",
                "%.2f / %.2f / %.2f / %.2f / %.2f (machine %.2f of %d busy)",
                nodes,
                harness,
                postgres,
                redis,
                Math.max(0, busy - nodes - harness - postgres - redis),
                busy,
                Runtime.getRuntime().availableProcessors());
        long commits = end.database[0] - start.database[0];
        long inserted = end.database[1] - start.database[1];
        results.add(
                section,
                "PostgreSQL commits/s (rows inserted/s)",
                start.database[0] < 0 ? "not read" : "%,.0f (%,.0f)",
                commits / seconds(),
                inserted / seconds());
        results.add(section, "PostgreSQL active sessions, mean (top waits)", "%s", activity.describe());
        long commands = end.redisCommands - start.redisCommands;
        results.add(
                section,
                "Redis commands/s (instantaneous_ops_per_sec at the end)",
                start.redisCommands < 0 ? "not read" : "%,.0f (%,d)",
                commands / seconds(),
                rig.redisInfo("stats", "instantaneous_ops_per_sec"));
        long usedMemory = rig.redisInfo("memory", "used_memory");
        results.add(section, "Redis used_memory at the end", usedMemory < 0 ? "not read" : "%.1f MB", usedMemory / 1e6);
    }

    private double machineBusyCores() {
        long all = end.ticks[1] - start.ticks[1];
        return all <= 0
                ? Double.NaN
                : Runtime.getRuntime().availableProcessors() * (double) (end.ticks[0] - start.ticks[0]) / all;
    }

    /** {@code value} of each node in {@code format}, joined as {@code a / b / c}. */
    static String eachNode(int nodes, String format, IntToDoubleFunction value) {
        StringBuilder out = new StringBuilder();
        for (int node = 0; node < nodes; node++) {
            out.append(node == 0 ? "" : " / ").append(String.format(Locale.ROOT, format, value.applyAsDouble(node)));
        }
        return out.toString();
    }
}
