package io.battlesim.bench.cluster;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * After a setup's phases: each battle's own leaderboard must hold exactly the coins its sides scored once the
 * leaderboards have taken every tally (waited for {@code --boards-wait} seconds at most: under load they lag by
 * design), and never more before that, however many nodes add them up.
 */
final class Boards {

    private static final String SECTION = "Leaderboards after the run";

    private Boards() {}

    /** Whether every battle's board equals its scores (true when the database cannot be read: nothing to say). */
    static boolean check(Rig rig) throws IOException, InterruptedException {
        @Nullable PostgresProbe database = rig.database();
        if (database == null) {
            return true;
        }
        try {
            long deadline =
                    System.nanoTime() + TimeUnit.SECONDS.toNanos(rig.settings().boardsWait());
            long pending;
            while ((pending = database.pendingTallies()) > 0 && System.nanoTime() < deadline) {
                Thread.sleep(1000);
            }
            Map<String, long[]> battles = database.boardsAgainstScores();
            List<String> over = new ArrayList<>();
            int equal = 0;
            for (Map.Entry<String, long[]> battle : battles.entrySet()) {
                long[] coins = battle.getValue();
                equal += coins[0] == coins[1] ? 1 : 0;
                if (coins[0] > coins[1]) {
                    over.add(String.format(
                            Locale.ROOT, "%s board %,d > scored %,d", battle.getKey(), coins[0], coins[1]));
                }
            }
            boolean exact = pending == 0 && equal == battles.size();
            rig.results()
                    .add(
                            SECTION,
                            "each battle's board coins = its scored coins",
                            "%s: %d of %d equal, %d above (counted twice)%s%s",
                            exact ? "yes" : !over.isEmpty() ? "NO" : "none above so far",
                            equal,
                            battles.size(),
                            over.size(),
                            pending > 0
                                    ? String.format(Locale.ROOT, "; %,d tallies not yet on the boards", pending)
                                    : "",
                            over.isEmpty() ? "" : "; " + String.join(", ", over));
            return over.isEmpty() && (exact || pending > 0);
        } catch (SQLException e) {
            System.err.println("could not compare the leaderboards with the scores: " + e);
            return true;
        }
    }
}
