package io.battlesim.app.agents.store;

import io.battlesim.app.agents.TournamentStatus;
import io.battlesim.app.agents.TournamentSummary;
import io.battlesim.app.agents.TournamentView;
import io.battlesim.engine.tournament.Pairing;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code tournament} and {@code tournament_agent} tables. Every change of status is conditional on the status
 * it leaves, so a cancellation and the tournament's thread racing for the same row never undo each other, and of two
 * nodes claiming a queued tournament exactly one plays it. A running tournament names the node playing it ({@code
 * runner_node}), which beats its heart in the row ({@code heartbeat_at}) while it plays. While a tournament is queued
 * or running its owner is also in {@code active_owner_id}, whose unique key lets a user have one such tournament at a
 * time.
 */
@Repository
public class TournamentStore {

    private static final String COLUMNS = "id, name, owner_user_id, format, rounds, games_per_pairing,"
            + " battle_seconds, crowd, crowd_battles, seed, status, games_done, games_total, created_at, started_at, ended_at";
    private static final String ENTRANT_COLUMNS = "entry_order, agent_key, name, strategy, budget, params,"
            + " standing_rank, games, wins, losses, ties, rating, deviation, volatility";

    private final JdbcClient jdbc;
    private final AgentRatingStore ratings;

    public TournamentStore(JdbcClient jdbc, AgentRatingStore ratings) {
        this.jdbc = jdbc;
        this.ratings = ratings;
    }

    /**
     * Stores a new QUEUED tournament with its agents and returns its id.
     *
     * @throws org.springframework.dao.DuplicateKeyException when the owner has a tournament queued or running
     */
    @Transactional
    public long insert(NewTournament tournament) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO tournament (name, owner_user_id, active_owner_id, format, rounds, games_per_pairing,"
                        + " battle_seconds, crowd, seed, status, games_done, games_total, created_at) VALUES (:name,"
                        + " :owner, :owner, :format, :rounds, :games, :seconds, :crowd, :seed, 'QUEUED', 0, :total,"
                        + " :now)")
                .param("name", tournament.name())
                .param("owner", tournament.ownerId())
                .param("format", tournament.format().name())
                .param("rounds", tournament.rounds())
                .param("games", tournament.gamesPerPairing())
                .param("seconds", tournament.battleSeconds())
                .param("crowd", tournament.crowd().name())
                .param("seed", tournament.seed())
                .param("total", tournament.gamesTotal())
                .param("now", TournamentRows.utc(tournament.createdAt()))
                .update(keys, "id");
        long id = Objects.requireNonNull(keys.getKeyAs(Number.class), "no generated id")
                .longValue();
        for (int entry = 0; entry < tournament.entrants().size(); entry++) {
            NewTournament.Entrant agent = tournament.entrants().get(entry);
            jdbc.sql("INSERT INTO tournament_agent (tournament_id, entry_order, agent_key, name, strategy, budget,"
                            + " params) VALUES (:id, :entry, :key, :name, :strategy, :budget, :params)")
                    .param("id", id)
                    .param("entry", entry)
                    .param("key", agent.agentKey())
                    .param("name", agent.name())
                    .param("strategy", agent.strategy().name())
                    .param("budget", agent.budget())
                    .param("params", ParamsColumn.write(agent.params()))
                    .update();
        }
        return id;
    }

    public Optional<TournamentView> find(long id) {
        List<TournamentView.Entrant> entrants = jdbc.sql("SELECT " + ENTRANT_COLUMNS
                        + " FROM tournament_agent WHERE tournament_id = :id" + " ORDER BY entry_order")
                .param("id", id)
                .query(TournamentRows::entrant)
                .list();
        return jdbc.sql("SELECT " + COLUMNS + " FROM tournament WHERE id = :id")
                .param("id", id)
                .query((rs, row) -> TournamentRows.tournament(rs, entrants))
                .optional();
    }

    /** The newest tournaments first, with their number of agents and best-rated agent. */
    public List<TournamentSummary> list(int limit) {
        return jdbc.sql("SELECT t.id, t.name, t.format, t.status, t.games_done, t.games_total, t.created_at,"
                        + " (SELECT COUNT(*) FROM tournament_agent a WHERE a.tournament_id = t.id) AS agents,"
                        + " (SELECT a.name FROM tournament_agent a WHERE a.tournament_id = t.id"
                        + " AND a.standing_rank = 1) AS leader"
                        + " FROM tournament t ORDER BY t.id DESC FETCH FIRST :limit ROWS ONLY")
                .param("limit", Math.clamp(limit, 1, 500))
                .query((rs, row) -> new TournamentSummary(
                        rs.getLong("id"),
                        rs.getString("name"),
                        Pairing.valueOf(rs.getString("format")),
                        TournamentStatus.valueOf(rs.getString("status")),
                        rs.getInt("agents"),
                        rs.getInt("games_done"),
                        rs.getInt("games_total"),
                        TournamentRows.instant(rs, "created_at"),
                        rs.getString("leader")))
                .list();
    }

    /** The id of the user's tournament that is queued or running, if any. */
    public OptionalLong activeOf(long ownerId) {
        return jdbc.sql("SELECT id FROM tournament WHERE active_owner_id = :owner")
                .param("owner", ownerId)
                .query(Long.class)
                .optional()
                .map(OptionalLong::of)
                .orElseGet(OptionalLong::empty);
    }

    public int countQueued() {
        return jdbc.sql("SELECT COUNT(*) FROM tournament WHERE status = 'QUEUED'")
                .query(Integer.class)
                .single();
    }

    /** The queued tournaments, oldest first. */
    public List<Long> queued() {
        return jdbc.sql("SELECT id FROM tournament WHERE status = 'QUEUED' ORDER BY id")
                .query(Long.class)
                .list();
    }

    /** QUEUED to RUNNING on {@code node}; false when it is no longer queued (cancelled, or taken by another node). */
    public boolean claim(long id, String node, Instant now) {
        return jdbc.sql("UPDATE tournament SET status = 'RUNNING', started_at = :now, runner_node = :node,"
                                + " heartbeat_at = :now WHERE id = :id AND status = 'QUEUED'")
                        .param("id", id)
                        .param("node", node)
                        .param("now", TournamentRows.utc(now))
                        .update()
                == 1;
    }

    /** Notes that {@code node} is still playing its running tournaments; returns how many it has. */
    public int heartbeat(String node, Instant now) {
        return jdbc.sql("UPDATE tournament SET heartbeat_at = :now WHERE runner_node = :node AND status = 'RUNNING'")
                .param("node", node)
                .param("now", TournamentRows.utc(now))
                .update();
    }

    /** Stores how many recorded battles a running tournament's recorded crowds were fitted from. */
    public void recordCrowd(long id, int battles) {
        jdbc.sql("UPDATE tournament SET crowd_battles = :battles WHERE id = :id")
                .param("id", id)
                .param("battles", battles)
                .update();
    }

    /** Stores how far a running tournament got; false when it is no longer running (it was cancelled). */
    public boolean progress(long id, int gamesDone) {
        return jdbc.sql("UPDATE tournament SET games_done = :done WHERE id = :id AND status = 'RUNNING'")
                        .param("id", id)
                        .param("done", gamesDone)
                        .update()
                == 1;
    }

    /** A queued or running tournament to CANCELLED; false when it was over already. */
    public boolean cancel(long id, Instant now) {
        return jdbc.sql("UPDATE tournament SET status = 'CANCELLED', active_owner_id = NULL, ended_at = :now"
                                + " WHERE id = :id AND status IN ('QUEUED', 'RUNNING')")
                        .param("id", id)
                        .param("now", TournamentRows.utc(now))
                        .update()
                == 1;
    }

    /** Cancels every queued or running tournament of the user; returns their ids. */
    public List<Long> cancelActiveOf(long ownerId, Instant now) {
        List<Long> active = jdbc.sql("SELECT id FROM tournament WHERE active_owner_id = :owner")
                .param("owner", ownerId)
                .query(Long.class)
                .list();
        active.forEach(id -> cancel(id, now));
        return active;
    }

    /**
     * Ends a tournament its thread played (to the end, or until it was stopped) and stores the standings. A
     * FINISHED tournament also updates its agents' ratings, in the same transaction; one cancelled in the meantime
     * stays CANCELLED, with these standings.
     *
     * @param wanted FINISHED, CANCELLED or INTERRUPTED
     * @return the status the tournament ended with
     */
    @Transactional
    public TournamentStatus end(
            long id, TournamentStatus wanted, int gamesDone, List<StandingRow> standings, Instant now) {
        String from = wanted == TournamentStatus.CANCELLED ? "('RUNNING', 'CANCELLED')" : "('RUNNING')";
        int changed = jdbc.sql("UPDATE tournament SET status = :status, active_owner_id = NULL, games_done = :done,"
                        + " ended_at = COALESCE(ended_at, :now) WHERE id = :id AND status IN " + from)
                .param("id", id)
                .param("status", wanted.name())
                .param("done", gamesDone)
                .param("now", TournamentRows.utc(now))
                .update();
        TournamentStatus ended = wanted;
        if (changed == 0) {
            jdbc.sql("UPDATE tournament SET games_done = :done WHERE id = :id")
                    .param("id", id)
                    .param("done", gamesDone)
                    .update();
            ended = TournamentStatus.CANCELLED;
        }
        standings.forEach(row -> writeStanding(id, row));
        if (ended == TournamentStatus.FINISHED) {
            ratings.record(id, find(id).orElseThrow().entrants(), now);
        }
        return ended;
    }

    /** A tournament whose simulation failed: FAILED, without standings. */
    public void fail(long id, Instant now) {
        jdbc.sql("UPDATE tournament SET status = 'FAILED', active_owner_id = NULL, ended_at = COALESCE(ended_at,"
                        + " :now) WHERE id = :id AND status IN ('QUEUED', 'RUNNING', 'CANCELLED')")
                .param("id", id)
                .param("now", TournamentRows.utc(now))
                .update();
    }

    /**
     * At a single node's start-up: what was running when the app stopped cannot go on (no other node plays anything).
     * Returns how many.
     */
    public int interruptRunning(Instant now) {
        return jdbc.sql("UPDATE tournament SET status = 'INTERRUPTED', active_owner_id = NULL, ended_at = :now"
                        + " WHERE status = 'RUNNING'")
                .param("now", TournamentRows.utc(now))
                .update();
    }

    /**
     * In a cluster, at a node's start-up: what {@code node} was playing before it restarted under the same name
     * cannot go on. Returns how many.
     */
    public int interruptRunningOn(String node, Instant now) {
        return jdbc.sql("UPDATE tournament SET status = 'INTERRUPTED', active_owner_id = NULL, ended_at = :now"
                        + " WHERE status = 'RUNNING' AND runner_node = :node")
                .param("node", node)
                .param("now", TournamentRows.utc(now))
                .update();
    }

    /**
     * In a cluster: the running tournaments whose node has not beaten their heart since {@code silentSince} died with
     * their node (or were left RUNNING by a version without heartbeats), and cannot go on. Returns how many.
     */
    public int interruptSilent(Instant silentSince, Instant now) {
        return jdbc.sql("UPDATE tournament SET status = 'INTERRUPTED', active_owner_id = NULL, ended_at = :now"
                        + " WHERE status = 'RUNNING' AND (heartbeat_at IS NULL OR heartbeat_at < :silentSince)")
                .param("silentSince", TournamentRows.utc(silentSince))
                .param("now", TournamentRows.utc(now))
                .update();
    }

    private void writeStanding(long id, StandingRow row) {
        jdbc.sql("UPDATE tournament_agent SET standing_rank = :rank, games = :games, wins = :wins, losses = :losses,"
                        + " ties = :ties, rating = :rating, deviation = :deviation, volatility = :volatility"
                        + " WHERE tournament_id = :id AND entry_order = :entry")
                .param("id", id)
                .param("entry", row.entry())
                .param("rank", row.rank())
                .param("games", row.games())
                .param("wins", row.wins())
                .param("losses", row.losses())
                .param("ties", row.ties())
                .param("rating", row.rating())
                .param("deviation", row.deviation())
                .param("volatility", row.volatility())
                .update();
    }
}
