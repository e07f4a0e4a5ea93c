package io.battlesim.bench.cluster;

import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The benchmark's {@code --name=value} options, defaults filled in.
 *
 * @param phase {@code run} (measure one setup) or {@code report} (print the setups of the results file side by side)
 * @param label the setup's name in the results ({@code single}, {@code cluster})
 * @param nodes the nodes' base URLs; the battles are created on the first
 * @param pids the nodes' process ids, in the same order (CPU time and memory)
 * @param jdbc the database the nodes share, for its commit counter and the probes' log order (null: not read)
 * @param dbUser its user
 * @param redis {@code host:port} of the Redis to watch (null: not read)
 * @param phases {@code max} (ingest as fast as accepted, no viewers) and {@code viewers} (paced ingest, SSE clients)
 * @param clients the viewer counts, one measurement each, spread round-robin over the nodes
 * @param rate events per second offered while viewers watch
 * @param postsPerSecond ingest POSTs per second carrying them (each with one probe gift)
 * @param ingest {@code round-robin} (the default: ingest POSTs spread over the nodes) or {@code first} (all to the
 *     first node, which runs the battle: the fan-out measured without the forwarding between nodes)
 * @param warmup seconds of load before each measured window
 * @param firstWarmup seconds of load before the first measured window of a setup, when its JVMs are still compiling
 * @param seconds the measured window with viewers
 * @param maxSeconds the measured window of the as-fast-as-accepted phase
 * @param senders closed-loop senders of that phase, round-robin over the nodes
 * @param batch events per POST in that phase
 * @param connectRate SSE connections opened per second
 * @param readers selector threads of the SSE clients, shared out over the nodes (at least one per node)
 * @param boardsWait seconds to wait at most for the leaderboards to take every tally before comparing them with the
 *     scores
 * @param results the results file (tab-separated, appended)
 */
record Settings(
        String phase,
        String label,
        List<URI> nodes,
        List<Long> pids,
        @Nullable String jdbc,
        String dbUser,
        @Nullable String redis,
        Set<String> phases,
        List<Integer> clients,
        int rate,
        int postsPerSecond,
        String ingest,
        int warmup,
        int firstWarmup,
        int seconds,
        int maxSeconds,
        int senders,
        int batch,
        int connectRate,
        int readers,
        int boardsWait,
        Path results) {

    private static final Set<String> NAMES = Set.of(
            "phase",
            "label",
            "nodes",
            "pids",
            "jdbc",
            "db-user",
            "redis",
            "phases",
            "clients",
            "rate",
            "posts-per-second",
            "ingest",
            "warmup",
            "first-warmup",
            "seconds",
            "max-seconds",
            "senders",
            "batch",
            "connect-rate",
            "readers",
            "boards-wait",
            "results");

    Settings {
        if (!phase.equals("run") && !phase.equals("report")) {
            throw new IllegalArgumentException("--phase must be run or report, was " + phase);
        }
        if (phase.equals("run") && (nodes.isEmpty() || nodes.size() != pids.size())) {
            throw new IllegalArgumentException("--nodes and --pids must name the same nodes, at least one");
        }
        if (rate < postsPerSecond || postsPerSecond < 1 || seconds < 1 || maxSeconds < 1 || warmup < 0) {
            throw new IllegalArgumentException(
                    "need --rate >= --posts-per-second >= 1, --seconds and --max-seconds" + " >= 1, --warmup >= 0");
        }
        if (!ingest.equals("round-robin") && !ingest.equals("first")) {
            throw new IllegalArgumentException("--ingest must be round-robin or first, was " + ingest);
        }
        if (batch < 1 || batch > 1000 || senders < 1) {
            throw new IllegalArgumentException("--batch must be 1 to 1000 (the app's limit), --senders >= 1");
        }
    }

    static Settings parse(String... args) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0 || !NAMES.contains(arg.substring(2, equals))) {
                throw new IllegalArgumentException(
                        "unknown option " + arg + "; known: --" + String.join("=, --", NAMES) + "=");
            }
            values.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        return new Settings(
                values.getOrDefault("phase", "run"),
                values.getOrDefault("label", "setup"),
                list(values, "nodes", "").stream().map(URI::create).toList(),
                list(values, "pids", "").stream().map(Long::parseLong).toList(),
                values.get("jdbc"),
                values.getOrDefault("db-user", "postgres"),
                values.get("redis"),
                Set.copyOf(list(values, "phases", "max,viewers")),
                list(values, "clients", "1000,3000").stream()
                        .map(Settings::number)
                        .toList(),
                number(values, "rate", 1000),
                number(values, "posts-per-second", 50),
                values.getOrDefault("ingest", "round-robin"),
                number(values, "warmup", 5),
                number(values, "first-warmup", 15),
                number(values, "seconds", 30),
                number(values, "max-seconds", 20),
                number(values, "senders", 6),
                number(values, "batch", 1000),
                number(values, "connect-rate", 1000),
                number(values, "readers", 3),
                number(values, "boards-wait", 20),
                Path.of(values.getOrDefault("results", "cluster-results.tsv")));
    }

    /** The database's name, from {@link #jdbc()} (empty when none). */
    String databaseName() {
        if (jdbc == null) {
            return "";
        }
        String path = jdbc.substring(jdbc.lastIndexOf('/') + 1);
        return path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    }

    /** The node the {@code n}th ingest POST (or sender) goes to. */
    int ingestNode(long n) {
        return ingest.equals("first") ? 0 : (int) (n % nodes.size());
    }

    /** Events in each paced POST, the probe included. */
    int eventsPerPost() {
        return Math.max(1, rate / postsPerSecond);
    }

    /** Selector threads for each node's clients. */
    int readersPerNode() {
        return Math.max(1, readers / nodes.size());
    }

    private static List<String> list(Map<String, String> values, String name, String fallback) {
        String value = values.getOrDefault(name, fallback);
        return value.isBlank()
                ? List.of()
                : Arrays.stream(value.split(",")).map(String::strip).toList();
    }

    private static int number(Map<String, String> values, String name, int fallback) {
        String value = values.get(name);
        return value == null ? fallback : number(value);
    }

    private static int number(String value) {
        return Integer.parseInt(value.replace("_", "").replace(",", ""));
    }
}
