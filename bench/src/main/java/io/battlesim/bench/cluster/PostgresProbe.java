package io.battlesim.bench.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The nodes' PostgreSQL database as the benchmark reads it: its transaction and row counters ({@code
 * pg_stat_database}, which backends update about once a second, so a window's rate is good to about a second's
 * worth), the order in which a battle's log holds the probe gifts, and the leaderboards against the scores.
 */
final class PostgresProbe implements AutoCloseable {

    private static final Pattern PROBE = Pattern.compile("probe-(\\d+)");
    private static final Pattern SCORE = Pattern.compile(":\\s*(\\d+)");

    private final Connection connection;

    PostgresProbe(String url, String user) throws SQLException {
        this.connection = DriverManager.getConnection(url, user, "");
        connection.setAutoCommit(true);
    }

    /** {@code xact_commit} and {@code tup_inserted} of the database. */
    long[] counters() throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                        "SELECT xact_commit, tup_inserted FROM pg_stat_database WHERE datname = current_database()");
                ResultSet row = query.executeQuery()) {
            row.next();
            return new long[] {row.getLong(1), row.getLong(2)};
        }
    }

    /**
     * The ids of the probes in {@code battleId}'s event log, in log order: the order its writer applied them in,
     * which is the order side s2's score counts them in.
     */
    List<Integer> probeOrder(String battleId) throws SQLException {
        List<Integer> ids = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT payload FROM battle_event" + " WHERE battle_id = ? AND payload LIKE '%probe-%' ORDER BY seq")) {
            query.setString(1, battleId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Matcher probe = PROBE.matcher(rows.getString(1));
                    if (probe.find()) {
                        ids.add(Integer.parseInt(probe.group(1)));
                    }
                }
            }
        }
        return ids;
    }

    /**
     * What each of the database's other active sessions is doing now: {@code <wait> <statement>}, the wait as {@code
     * type:event} ({@code CPU} when none) and the statement's first words.
     */
    List<String> activity() throws SQLException {
        List<String> sessions = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT coalesce(wait_event_type || ':' ||"
                        + " wait_event, 'CPU'), left(regexp_replace(query, '\\s+', ' ', 'g'), 40) FROM pg_stat_activity"
                        + " WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                sessions.add(rows.getString(1) + " " + rows.getString(2));
            }
        }
        return sessions;
    }

    /** Tallies the leaderboards have not taken yet, of every battle. */
    long pendingTallies() throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM battle_tally");
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /**
     * Each ended battle's coins on its own leaderboard ({@code board_battle_total}) against the coins its sides
     * scored ({@code battle_result}): equal once the leaderboards took every tally.
     *
     * @return per battle id: {board coins, scored coins}
     */
    Map<String, long[]> boardsAgainstScores() throws SQLException {
        Map<String, long[]> battles = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT r.battle_id, r.scores,"
                        + " (SELECT coalesce(sum(t.coins), 0) FROM board_battle_total t WHERE t.battle_id = r.battle_id)"
                        + " FROM battle_result r JOIN battle b ON b.id = r.battle_id ORDER BY b.created_at");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                long scored = 0;
                Matcher score = SCORE.matcher(rows.getString(2));
                while (score.find()) {
                    scored += Long.parseLong(score.group(1));
                }
                battles.put(rows.getString(1), new long[] {rows.getLong(3), scored});
            }
        }
        return battles;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
