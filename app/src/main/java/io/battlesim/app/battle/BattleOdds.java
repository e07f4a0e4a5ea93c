package io.battlesim.app.battle;

import io.battlesim.engine.BattleSnapshot;
import io.battlesim.engine.Phase;
import io.battlesim.engine.odds.ArrivalModel;
import io.battlesim.engine.odds.RaceState;
import io.battlesim.engine.odds.WinProbability;
import io.battlesim.engine.sim.CrowdModel;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Live win probability of running battles: the engine's rollouts from the battle's latest snapshot and a gift-arrival
 * model fitted to the gifts it committed so far. Runs on the caller's thread, never on the battle's writer, and reads
 * only what the writer already published (the snapshot and a copy of the recent commits).
 */
@Service
public class BattleOdds {

    private static final double[] PACE = CrowdModel.typical().arrivalsPerSecond();

    private final RunningBattles running;
    private final Clock clock;
    private final WinProbability model;
    private final @Nullable OddsShare share;

    BattleOdds(RunningBattles running, BattleRuntime runtime, @Value("${app.battle.odds-rollouts:4000}") int rollouts) {
        this(running, runtime, rollouts, null);
    }

    @Autowired
    BattleOdds(
            RunningBattles running,
            BattleRuntime runtime,
            @Value("${app.battle.odds-rollouts:4000}") int rollouts,
            @Nullable OddsShare share) {
        this.share = share;
        this.running = running;
        this.clock = runtime.clock();
        this.model = new WinProbability(rollouts);
    }

    /** The odds of a running battle now, or empty when the battle does not run in this process or has not started. */
    public Optional<Odds> estimate(String battleId) {
        RunningBattle battle = running.get(battleId);
        if (battle == null || battle.closed()) {
            // in a cluster, the node running the battle shares its odds
            return share == null ? Optional.empty() : share.latest(battleId);
        }
        BattleSnapshot snapshot = battle.snapshot();
        if (snapshot.phase() == Phase.SCHEDULED || snapshot.startedAt() == null) {
            return Optional.empty();
        }
        if (snapshot.sides().stream().anyMatch(BattleSnapshot.Side::hidden)) {
            return Optional.of(new Odds(battleId, snapshot.version(), List.of(), 0));
        }
        List<String> sideIds =
                snapshot.sides().stream().map(BattleSnapshot.Side::id).toList();
        CommitWindow.Window window = battle.recentCommits(snapshot.startedAt());
        // gifts come faster towards the end of a round: the typical crowd's pace carries the fit forward
        ArrivalModel arrivals = ArrivalModel.fit(
                window.commits(),
                sideIds,
                Math.max(0, snapshot.now() - window.from()),
                snapshot.remainingMillis(),
                PACE);
        // the snapshot is as of the battle's latest event: a quiet battle's clock runs on without one
        long lag = Math.max(0, clock.millis() - snapshot.now());
        // the same state at the same second gives the same odds, so a page does not flicker between two estimates
        var random = new SplittableRandom(battleId.hashCode() * 31L + snapshot.version() * 7919L + lag / 1000);
        double[] chances = model.estimate(later(RaceState.of(snapshot), lag), arrivals, random);
        List<Odds.SideChance> sides = new ArrayList<>(chances.length);
        for (int i = 0; i < chances.length; i++) {
            sides.add(new Odds.SideChance(sideIds.get(i), chances[i]));
        }
        return Optional.of(new Odds(battleId, snapshot.version(), sides, model.rollouts()));
    }

    /** The race {@code lag} ms after the state: less time left, effects nearer their end. */
    private static RaceState later(RaceState state, long lag) {
        if (lag == 0) {
            return state;
        }
        return new RaceState(
                Math.max(0, state.remainingMillis() - lag),
                state.scores(),
                state.multipliers(),
                sooner(state.multiplierUntil(), lag),
                sooner(state.frozenFor(), lag),
                state.pendingCoins());
    }

    private static long[] sooner(long[] fromNow, long lag) {
        long[] shifted = new long[fromNow.length];
        for (int i = 0; i < fromNow.length; i++) {
            shifted[i] = Math.max(0, fromNow[i] - lag);
        }
        return shifted;
    }
}
