package io.battlesim.bench.cluster;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The cluster benchmark of issue 16 against running nodes, all on loopback: "Three nodes on this machine: ingest
 * events/s and gift-to-viewer p99 with 1,000 and 3,000 viewers spread over the nodes, against the single node in the
 * same run; what a node costs per viewer (CPU per delivered frame, memory per connection)."
 *
 * <p>Phase {@code run} measures one setup (a single node, or the nodes of one cluster), each measurement on a fresh
 * battle created on the first node: a {@link ViewerRun} per viewer count (viewers spread round-robin over the nodes,
 * paced ingest round-robin over the nodes, every POST led by a probe gift whose latency is timed to every viewer),
 * then {@link MaxIngest} (ingest as fast as accepted, round-robin over the nodes, no viewers; last, so that the
 * backlog it leaves the leaderboards does not weigh on the paced runs). Every figure
 * goes to the results file, and so does the check that each battle's leaderboard holds exactly the coins it scored
 * ({@link Boards}). Phase {@code report} prints that file's setups side by side as markdown tables.
 *
 * <p>Probe latencies are exact whichever node took a probe: side s2's score counts the probes in the order the
 * battle's log holds them (read from the database afterwards), so the score a viewer reads says which probes it has
 * seen, even when a probe forwarded between nodes overtakes an earlier one. One process, one clock.
 *
 * <p>Usage: see bench/cluster/run-cluster-bench.sh, which starts the nodes and runs both setups.
 */
public final class ClusterBenchmark {

    private ClusterBenchmark() {}

    /** Runs one phase; exit status 1 when something was lost or did not arrive. */
    public static void main(String[] args) throws Exception {
        Settings settings = Settings.parse(args);
        if (settings.phase().equals("report")) {
            Results.report(settings.results());
            return;
        }
        System.out.printf(
                Locale.ROOT,
                "harness: setup %s, %d node(s) %s (pids %s), %d cores, JDK %s%n",
                settings.label(),
                settings.nodes().size(),
                settings.nodes(),
                settings.pids(),
                Runtime.getRuntime().availableProcessors(),
                Runtime.version());
        boolean ok = true;
        try (RedisProbe redis = redis(settings);
                PostgresProbe database = database(settings)) {
            Rig rig = new Rig(
                    settings,
                    new ClusterApi(settings.nodes()),
                    redis,
                    database,
                    new Results(settings.results(), settings.label()));
            if (settings.phases().contains("viewers")) {
                int warmup = settings.firstWarmup();
                for (int clients : settings.clients()) {
                    ok &= ViewerRun.run(rig, clients, warmup);
                    warmup = settings.warmup();
                }
            }
            if (settings.phases().contains("max")) {
                ok &= MaxIngest.run(rig);
            }
            System.out.printf(
                    Locale.ROOT,
                    "%nLeaderboards after the run: waiting for the tallies (%d s at most)%n",
                    settings.boardsWait());
            ok &= Boards.check(rig);
        }
        System.out.println(
                ok ? "RESULT: nothing lost, every probe reached every viewer" : "RESULT: FAILED (see above)");
        System.exit(ok ? 0 : 1);
    }

    private static @Nullable RedisProbe redis(Settings settings) {
        if (settings.redis() == null) {
            return null;
        }
        try {
            return new RedisProbe(settings.redis());
        } catch (IOException e) {
            System.err.println("Redis at " + settings.redis() + " not read: " + e);
            return null;
        }
    }

    private static @Nullable PostgresProbe database(Settings settings) {
        if (settings.jdbc() == null) {
            return null;
        }
        try {
            return new PostgresProbe(settings.jdbc(), settings.dbUser());
        } catch (SQLException e) {
            System.err.println("database " + settings.jdbc() + " not read: " + e);
            return null;
        }
    }
}
