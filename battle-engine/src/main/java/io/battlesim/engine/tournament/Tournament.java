package io.battlesim.engine.tournament;

import io.battlesim.engine.agent.AgentSpec;
import io.battlesim.engine.rating.Glicko2;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Runs a {@link TournamentPlan}: round by round, each pairing plays its battles through the {@link MatchRunner}
 * (the sides swapping every battle, each seed played from both sides), then the round's results update every
 * agent's Glicko-2 rating as one rating period. Runs on the caller's thread (the engine starts no threads); the app
 * runs it in the background and cancels it through the supplier, checked before every battle. Deterministic: the
 * same plan and a deterministic runner give the same standings. Reusable: each {@link #run} starts from scratch.
 */
public final class Tournament {

    private final TournamentPlan plan;
    private final MatchRunner runner;
    private final Glicko2 glicko;

    /** A tournament whose battles the runner plays, rated with {@link Glicko2#standard()}; neither may be null. */
    public Tournament(TournamentPlan plan, MatchRunner runner) {
        this(plan, runner, Glicko2.standard());
    }

    /** A tournament rated with the given Glicko-2 system; none may be null. */
    public Tournament(TournamentPlan plan, MatchRunner runner, Glicko2 glicko) {
        this.plan = Objects.requireNonNull(plan, "plan must not be null");
        this.runner = Objects.requireNonNull(runner, "runner must not be null");
        this.glicko = Objects.requireNonNull(glicko, "glicko must not be null");
    }

    /**
     * Plays the tournament to the end, or until {@code cancelled} says so; never null.
     *
     * @param progress told {@code (done, total)} at the start and after every battle; never null
     * @param cancelled asked before every battle; once true, the round so far is rated and the standings come back
     *     with {@link Standings#complete()} false; never null
     */
    public Standings run(ProgressListener progress, BooleanSupplier cancelled) {
        Objects.requireNonNull(progress, "progress must not be null");
        Objects.requireNonNull(cancelled, "cancelled must not be null");
        Ledger ledger = new Ledger(plan.agents().size());
        progress.onProgress(0, plan.totalGames());
        boolean complete = true;
        for (int round = 0; round < plan.rounds() && complete; round++) {
            complete = playRound(round, ledger, progress, cancelled);
            ledger.closePeriod(glicko);
        }
        return new Standings(ledger.standings(plan.agents()), ledger.played(), plan.totalGames(), complete);
    }

    /** Plays one round's battles; false when cancelled part-way. */
    private boolean playRound(int round, Ledger ledger, ProgressListener progress, BooleanSupplier cancelled) {
        List<int[]> pairs = plan.pairing() == Pairing.ROUND_ROBIN
                ? RoundRobin.pairs(plan.agents().size(), round)
                : SwissPairing.pairs(ledger);
        for (int p = 0; p < pairs.size(); p++) {
            for (int game = 0; game < plan.gamesPerPairing(); game++) {
                if (cancelled.getAsBoolean()) {
                    return false;
                }
                boolean swapped = game % 2 == 1;
                int first = pairs.get(p)[swapped ? 1 : 0];
                int second = pairs.get(p)[swapped ? 0 : 1];
                ledger.record(first, second, play(first, second, seed(round, p, game / 2)));
                progress.onProgress(ledger.played(), plan.totalGames());
            }
        }
        return true;
    }

    private MatchOutcome play(int first, int second, long seed) {
        AgentSpec a = plan.agents().get(first);
        AgentSpec b = plan.agents().get(second);
        return Objects.requireNonNull(runner.play(a, b, seed), "the match runner returned no outcome");
    }

    /** A battle's seed: the plan's seed mixed with the round, the pairing and the pair of games (SplitMix64). */
    private long seed(int round, int pairing, int gamePair) {
        long h = plan.seed();
        for (long part : new long[] {round, pairing, gamePair}) {
            h += 0x9E3779B97F4A7C15L * (part + 1);
            h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
            h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
            h ^= h >>> 31;
        }
        return h;
    }
}
