package io.battlesim.app.agents;

import io.battlesim.app.agents.store.TournamentStore;
import io.battlesim.app.battle.RecordedCrowds;
import io.battlesim.engine.sim.CrowdModel;
import io.battlesim.engine.tournament.Standings;
import io.battlesim.engine.tournament.Tournament;
import io.battlesim.engine.tournament.TournamentPlan;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Plays tournaments on threads of their own ({@code app.agents.parallel-tournaments}, one by default: a tournament
 * keeps a core busy, and live battles come first), the rest waiting in line. A tournament is claimed in the
 * database before it starts (QUEUED to RUNNING, naming this node), so a cancelled one never starts and of several
 * nodes exactly one plays it; it stores its progress every {@code progress-interval}, and finds out there when it
 * was cancelled elsewhere. On a graceful stop the running tournaments end INTERRUPTED with their standings so far and
 * the queued ones stay queued.
 *
 * <p>What is still RUNNING at start-up cannot go on, but which runs those are depends on the mode. A single node
 * (cluster mode off) marks every RUNNING tournament INTERRUPTED, as it always did: nobody else plays any. In a cluster
 * other live nodes play theirs, so a node marks only its own (a restart under the same {@code app.cluster.node-id})
 * and those whose node went silent: every node beats the heart of the tournaments it plays every {@link #BEAT_SECONDS}
 * seconds, and every node, at start-up and at each beat, interrupts the RUNNING tournaments without a beat for {@link
 * #SILENCE} (their node died), and lines up the queued tournaments no thread of its own waits for (a dead node's line
 * is taken up; whichever node claims one first plays it). This node's name and the mode are read from {@code
 * app.cluster.node-id} and {@code app.cluster.redis-url} as the cluster module defines them (the agents module may
 * not depend on it); without a configured id the name is a random one per start.
 */
@Component
class TournamentRunner implements SmartLifecycle {

    /** How often (seconds) this node beats the heart of the tournaments it plays. */
    static final long BEAT_SECONDS = 15;

    /** A RUNNING tournament without a beat for this long lost its node. */
    static final Duration SILENCE = Duration.ofSeconds(4 * BEAT_SECONDS);

    private static final Logger log = LoggerFactory.getLogger(TournamentRunner.class);

    private final TournamentStore store;
    private final AgentSettings settings;
    private final RecordedCrowds crowds;
    private final String node;
    private final boolean cluster;
    private final Clock clock;
    private final Map<Long, Run> running = new ConcurrentHashMap<>();
    private final Set<Long> lined = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;
    private @Nullable ExecutorService executor;

    TournamentRunner(
            TournamentStore store,
            AgentSettings settings,
            RecordedCrowds crowds,
            @Value("${app.cluster.node-id:}") String nodeId,
            @Value("${app.cluster.redis-url:}") String redisUrl,
            ObjectProvider<Clock> clock) {
        this.store = store;
        this.settings = settings;
        this.crowds = crowds;
        this.node = nodeId.isBlank() ? "node-" + UUID.randomUUID().toString().substring(0, 8) : nodeId;
        this.cluster = !redisUrl.isBlank();
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /** One tournament being played: its stop flag, and a latch that opens once it is stored. */
    private static final class Run {
        final AtomicBoolean cancelled = new AtomicBoolean();
        final CountDownLatch stored = new CountDownLatch(1);
        long lastStored;
    }

    /** Puts a stored QUEUED tournament in line, unless it waits in this node's line already. */
    synchronized void submit(long id) {
        if (executor != null && lined.add(id)) {
            executor.execute(() -> play(id));
        }
    }

    /**
     * Every {@link #BEAT_SECONDS} seconds while started: beats the heart of this node's running tournaments, and in a
     * cluster interrupts those of nodes that went silent and lines up the queued tournaments of any node.
     */
    @Scheduled(fixedDelay = BEAT_SECONDS, initialDelay = BEAT_SECONDS, timeUnit = TimeUnit.SECONDS)
    synchronized void beat() {
        if (executor == null || stopping) {
            return;
        }
        store.heartbeat(node, clock.instant());
        if (cluster) {
            interruptSilent();
            store.queued().forEach(this::submit);
        }
    }

    /**
     * Stops a tournament this node is playing (its status is already CANCELLED in the database) and waits up to
     * {@code wait} for its standings so far to be stored.
     */
    void stop(long id, Duration wait) {
        Run run = running.get(id);
        if (run == null) {
            return;
        }
        run.cancelled.set(true);
        try {
            run.stored.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void play(long id) {
        lined.remove(id);
        if (stopping || !store.claim(id, node, clock.instant())) {
            return; // left queued for the next start, or cancelled while it waited, or another node plays it
        }
        Run run = new Run();
        running.put(id, run);
        try {
            TournamentView tournament = store.find(id).orElseThrow();
            TournamentPlan plan = SimulatedTournament.planOf(tournament);
            CrowdModel recorded = CrowdModel.typical();
            if (tournament.crowd() == TournamentCrowd.RECORDED) {
                RecordedCrowds.Fitted fitted = crowds.fitted();
                store.recordCrowd(id, fitted.battles());
                recorded = fitted.model();
            }
            Standings standings = new Tournament(plan, SimulatedTournament.matchesOf(tournament, recorded))
                    .run((done, total) -> progress(id, run, done, total), () -> run.cancelled.get() || stopping);
            TournamentStatus ended = store.end(
                    id,
                    outcome(standings, run),
                    standings.gamesPlayed(),
                    SimulatedTournament.rows(standings),
                    clock.instant());
            log.info("Tournament {} {} after {} of {} battles", id, ended, standings.gamesPlayed(), plan.totalGames());
        } catch (RuntimeException e) {
            log.error("Tournament {} failed", id, e);
            store.fail(id, clock.instant());
        } finally {
            running.remove(id);
            run.stored.countDown();
        }
    }

    private void progress(long id, Run run, int done, int total) {
        long now = System.nanoTime();
        if (done > 0
                && done < total
                && now - run.lastStored < settings.progressInterval().toNanos()) {
            return;
        }
        run.lastStored = now;
        if (!store.progress(id, done)) {
            run.cancelled.set(true); // cancelled by a request this node did not see (another node, an account deletion)
        }
    }

    private TournamentStatus outcome(Standings standings, Run run) {
        if (standings.complete()) {
            return TournamentStatus.FINISHED;
        }
        return run.cancelled.get() ? TournamentStatus.CANCELLED : TournamentStatus.INTERRUPTED;
    }

    /**
     * Before the web server takes requests: what is still RUNNING was running when the app (a single node), this node
     * or a silent node stopped, and cannot go on; the queue is taken up again, oldest first.
     */
    @Override
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        int interrupted =
                cluster ? store.interruptRunningOn(node, clock.instant()) : store.interruptRunning(clock.instant());
        if (interrupted > 0) {
            log.warn("{} tournament(s) were running when the app stopped: marked INTERRUPTED", interrupted);
        }
        if (cluster) {
            interruptSilent();
        }
        stopping = false;
        executor = Executors.newFixedThreadPool(
                settings.parallelTournaments(),
                Thread.ofPlatform().name("tournament-", 1).daemon(true).factory());
        store.queued().forEach(this::submit);
    }

    /** Starts before the web server (so nothing new runs yet when the old runs are marked) and stops after it. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    @Override
    public synchronized void stop() {
        if (executor == null) {
            return;
        }
        stopping = true; // the running tournaments stop before their next battle and store what they have
        executor.shutdown();
        try {
            // never interrupted: an interrupt closes H2's file under the other modules
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                log.warn("Tournaments still running after 30 s; the next start marks them INTERRUPTED");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor = null;
        lined.clear();
    }

    private void interruptSilent() {
        Instant now = clock.instant();
        int interrupted = store.interruptSilent(now.minus(SILENCE), now);
        if (interrupted > 0) {
            log.warn(
                    "{} tournament(s) lost their node (no heartbeat for {}): marked INTERRUPTED", interrupted, SILENCE);
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
