package io.battlesim.app.battle;

import io.battlesim.app.battle.persistence.BattleRepository;
import io.battlesim.app.battle.persistence.BattleRow;
import io.battlesim.engine.ApplyResult;
import io.battlesim.engine.Battle;
import io.battlesim.engine.BattleSnapshot;
import io.battlesim.engine.event.BattleEvent;
import io.battlesim.engine.event.End;
import io.battlesim.engine.event.LiveEvent;
import io.battlesim.engine.event.PowerUpTriggered;
import io.battlesim.engine.event.Start;
import io.battlesim.engine.powerup.PowerUpKind;
import io.battlesim.engine.powerup.RejectReason;
import io.battlesim.engine.powerup.TriggeredBy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Creates, starts, feeds and ends battles. Every accepted event is appended to the battle's durable event log
 * (in group-committed batches) before its admission completes, and applied to the engine in log order by the
 * battle's single writer. Futures complete on that writer thread: callers must not run blocking work in their
 * continuations (join them, or continue asynchronously).
 */
@Service
public class BattleManagement {

    static final int MAX_HISTORY = 500;
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final CompletableFuture<Admission> NOT_STARTED =
            CompletableFuture.completedFuture(new Admission.Rejected("the battle has not started"));
    private static final CompletableFuture<Admission> LATE = CompletableFuture.completedFuture(Admission.LATE);
    private static final CompletableFuture<Admission> UNKNOWN_ROOM =
            CompletableFuture.completedFuture(new Admission.Rejected("roomId: the room is not part of this battle"));

    private final BattleRepository repository;
    private final RunningBattles running;
    private final BattleSecrets secrets;
    private final BattleViews views;
    private final Clock clock;
    private final BattleMetrics metrics;
    private final ApplicationEventPublisher events;
    private final @Nullable RemoteBattles remote;

    BattleManagement(
            BattleRepository repository,
            RunningBattles running,
            BattleSecrets secrets,
            BattleViews views,
            BattleRuntime runtime,
            ApplicationEventPublisher events) {
        this(repository, running, secrets, views, runtime, events, null);
    }

    @Autowired
    BattleManagement(
            BattleRepository repository,
            RunningBattles running,
            BattleSecrets secrets,
            BattleViews views,
            BattleRuntime runtime,
            ApplicationEventPublisher events,
            @Nullable RemoteBattles remote) {
        this.remote = remote;
        this.repository = repository;
        this.running = running;
        this.secrets = secrets;
        this.views = views;
        this.clock = runtime.clock();
        this.metrics = runtime.metrics();
        this.events = events;
    }

    /** Creates a SCHEDULED battle with a new overlay token and ingest key; {@code setup} must be valid. */
    public BattleView create(BattleSetup setup) {
        Objects.requireNonNull(setup, "setup must not be null");
        String id = BattleSecrets.newBattleId();
        var config = BattleConfigs.toConfig(id, setup);
        var row = new BattleRow(
                id,
                BattleStatus.SCHEDULED,
                setup,
                BattleSecrets.newOverlayToken(),
                BattleSecrets.hash(secrets.ingestKey(id)),
                clock.instant(),
                null,
                null,
                0);
        repository.insert(row);
        return views.of(row, new Battle(config).snapshot());
    }

    /** The battle's ingest key, for its owner's page only; throws {@link BattleNotFoundException}. */
    public String ingestKey(String battleId) {
        return secrets.ingestKey(requireRow(battleId).id());
    }

    /** Whether {@code presentedKey} is the battle's ingest key (constant-time; false for an unknown battle). */
    public boolean ingestKeyMatches(String battleId, String presentedKey) {
        Objects.requireNonNull(battleId, "battleId must not be null");
        if (presentedKey == null || presentedKey.isEmpty()) {
            return false;
        }
        RunningBattle battle = running.get(battleId);
        if (battle != null) {
            return BattleSecrets.matches(battle.row().ingestKeyHash(), presentedKey);
        }
        return repository
                .find(battleId)
                .map(row -> BattleSecrets.matches(row.ingestKeyHash(), presentedKey))
                .orElse(false);
    }

    /**
     * The control token of a battle: handed once to whoever creates a battle without signing in, since nothing else
     * ties that battle to them. Throws {@link BattleNotFoundException}.
     */
    public String controlToken(String battleId) {
        return secrets.controlToken(requireRow(battleId).id());
    }

    /**
     * Who may start, end and boost a battle as its creator and see its ingest key, the same in emulator and real
     * mode: a battle with an owner is controlled by that signed-in user alone; a battle without one (created
     * anonymously through the API, or the demo) only by whoever presents its control token. Nobody else, ever.
     *
     * @param battle the battle; never null
     * @param userId the signed-in app user, or null
     * @param controlToken the control token presented, or null
     */
    public boolean controls(BattleView battle, @Nullable Long userId, @Nullable String controlToken) {
        Objects.requireNonNull(battle, "battle must not be null");
        Long owner = battle.setup().ownerUserId();
        if (owner != null) {
            return owner.equals(userId);
        }
        return controlToken != null
                && !controlToken.isBlank()
                && BattleSecrets.sameSecret(secrets.controlToken(battle.id()), controlToken.strip());
    }

    /** Starts a SCHEDULED battle: LIVE from now, ticks and end scheduled; publishes {@link BattleStarted}. */
    public BattleView start(String battleId) {
        BattleRow row = requireRow(battleId);
        if (row.status() != BattleStatus.SCHEDULED) {
            throw new BattleStateException(
                    "The battle is already " + row.status().name().toLowerCase() + ".");
        }
        Instant now = clock.instant();
        if (!repository.markLive(battleId, now)) {
            throw new BattleStateException("The battle was started by someone else.");
        }
        RunningBattle battle = running.launch(requireRow(battleId));
        await(battle.enqueue(new Start(now.toEpochMilli())));
        events.publishEvent(new BattleStarted(battleId));
        return views.of(battle);
    }

    /**
     * Submits one event. The future completes once the event is durably logged and applied, and its gift alert is
     * published to {@link BattleUpdates}: accepted, ignored (logged, but the battle applied nothing for it, such as a
     * stale streak tap), duplicate, late (after the end), or rejected (the battle has not started, or the room is
     * not in the battle). It fails with {@link BattleUnavailableException} when the log cannot take it (nothing
     * acknowledged: retry).
     *
     * @throws BattleNotFoundException for an unknown battle
     */
    public CompletableFuture<Admission> submit(String battleId, BattleEvent event) {
        Objects.requireNonNull(event, "event must not be null");
        RunningBattle battle = runningOrNull(battleId);
        if (battle == null) {
            return remotely(battleId, List.of(event)).getFirst();
        }
        return admit(battle, event);
    }

    /** Submits events in order; one future per event, in the same order; see {@link #submit}. */
    public List<CompletableFuture<Admission>> submitAll(String battleId, List<BattleEvent> events) {
        Objects.requireNonNull(events, "events must not be null");
        RunningBattle battle = runningOrNull(battleId);
        return battle == null ? remotely(battleId, events) : admitAll(battle, events);
    }

    /**
     * Submits events forwarded by another node of the cluster: this node runs the battle (taking it over if no live
     * node holds it), or every event fails with {@link BattleUnavailableException} (never forwarded again, so two
     * nodes never pass events back and forth).
     */
    public List<CompletableFuture<Admission>> submitHere(String battleId, List<BattleEvent> events) {
        RunningBattle battle = runningOrNull(battleId);
        if (battle != null) {
            return admitAll(battle, events);
        }
        if (requireRow(battleId).status() != BattleStatus.LIVE) {
            return remotely(battleId, events); // answered as the battle's status says, never forwarded
        }
        CompletableFuture<Admission> unavailable = CompletableFuture.failedFuture(
                new BattleUnavailableException("this node does not run the battle", null));
        return events.stream().map(event -> unavailable).toList();
    }

    /**
     * Forwards one event to the node running a LIVE battle this node does not run (cluster mode) and waits for its
     * answer; empty when there is no such node (a single node, or the battle is not LIVE).
     */
    Optional<Admission> forwardedAnswer(String battleId, BattleEvent event) {
        if (remote == null || requireRow(battleId).status() != BattleStatus.LIVE) {
            return Optional.empty();
        }
        return Optional.of(await(remote.forward(battleId, List.of(event)).getFirst()));
    }

    /** Triggers a booster for a side, logged like any event; waits for the battle's answer. */
    public PowerUpResult triggerPowerUp(String battleId, String sideId, PowerUpKind kind, TriggeredBy by) {
        Objects.requireNonNull(sideId, "sideId must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(by, "by must not be null");
        RunningBattle battle = runningOrNull(battleId);
        var trigger = new PowerUpTriggered("powerup-" + UUID.randomUUID(), kind, sideId, by, null, clock.millis());
        if (battle == null) {
            return switch (await(remotely(battleId, List.of(trigger)).getFirst())) {
                case Admission.Accepted accepted -> new PowerUpResult.Activated(sideId, kind);
                case Admission.Rejected rejected ->
                    new PowerUpResult.Refused(
                            Objects.requireNonNullElse(rejected.rejectReason(), RejectReason.NOT_LIVE));
                default -> new PowerUpResult.Refused(RejectReason.NOT_LIVE);
            };
        }
        return switch (await(battle.enqueue(trigger))) {
            case ApplyResult.Applied applied -> new PowerUpResult.Activated(sideId, kind);
            case ApplyResult.Rejected rejected -> new PowerUpResult.Refused(rejected.reason());
            default -> new PowerUpResult.Refused(RejectReason.NOT_LIVE);
        };
    }

    /** Ends a running battle now (early end by its owner), waits until its result is saved; ENDED stays ENDED. */
    public BattleView end(String battleId) {
        BattleRow row = requireRow(battleId);
        if (row.status() == BattleStatus.SCHEDULED) {
            throw new BattleStateException("The battle has not started.");
        }
        RunningBattle battle = runningOrNull(battleId);
        if (battle != null) {
            await(battle.enqueue(new End(clock.millis())));
            await(battle.finished());
        } else if (row.status() == BattleStatus.LIVE && remote != null) {
            await(remotely(battleId, List.of(new End(clock.millis()))).getFirst());
            awaitEnded(battleId);
        }
        return find(battleId).orElseThrow(() -> new BattleNotFoundException(battleId));
    }

    /**
     * Deletes a finished battle with its event log and result; {@link BattleDeleting} lets other modules take their
     * part off in the same transaction. Throws {@link BattleStateException} for a battle that has not ended (end it
     * first) and {@link BattleNotFoundException} for an unknown one.
     */
    public void delete(String battleId) {
        BattleRow row = requireRow(battleId);
        if (row.status() != BattleStatus.ENDED) {
            throw new BattleStateException("Only a finished battle can be deleted: end it first.");
        }
        if (!repository.delete(battleId, () -> events.publishEvent(new BattleDeleting(battleId)))) {
            throw new BattleNotFoundException(battleId);
        }
    }

    /** The battle with this id, if any. */
    public Optional<BattleView> find(String battleId) {
        Objects.requireNonNull(battleId, "battleId must not be null");
        RunningBattle battle = running.get(battleId);
        if (battle != null) {
            return Optional.of(views.of(battle));
        }
        return repository.find(battleId).map(this::view);
    }

    /** The battle whose overlay token this is, if any. */
    public Optional<BattleView> findByOverlayToken(String token) {
        Objects.requireNonNull(token, "token must not be null");
        return repository.findByOverlayToken(token).flatMap(row -> find(row.id()));
    }

    /** Every LIVE battle, newest first: this process's, and in a cluster every other node's too. */
    public List<BattleView> running() {
        if (remote != null) {
            return repository.findByStatus(BattleStatus.LIVE, MAX_HISTORY).stream()
                    .map(this::view)
                    .filter(view -> view.status() == BattleStatus.LIVE)
                    .toList();
        }
        return running.all().stream()
                .filter(battle -> !battle.closed())
                .map(views::of)
                .sorted(Comparator.comparing(BattleView::createdAt).reversed())
                .toList();
    }

    /** Finished battles, newest first, at most {@code limit} (1 to 500). */
    public List<BattleSummary> history(int limit) {
        return repository.history(Math.clamp(limit, 1, MAX_HISTORY));
    }

    /** Battles that were created but not started, newest first, at most {@code limit} (1 to 500). */
    public List<BattleView> scheduled(int limit) {
        return repository.findByStatus(BattleStatus.SCHEDULED, Math.clamp(limit, 1, MAX_HISTORY)).stream()
                .map(this::view)
                .toList();
    }

    private List<CompletableFuture<Admission>> admitAll(RunningBattle battle, List<BattleEvent> events) {
        List<CompletableFuture<Admission>> admissions = new ArrayList<>(events.size());
        for (BattleEvent event : events) {
            admissions.add(admit(battle, Objects.requireNonNull(event, "events must not contain null")));
        }
        return admissions;
    }

    private CompletableFuture<Admission> admit(RunningBattle battle, BattleEvent event) {
        if (event instanceof LiveEvent live && !battle.hasRoom(live.roomId())) {
            metrics.admitted(UNKNOWN_ROOM.join());
            return UNKNOWN_ROOM;
        }
        return battle.enqueue(event).thenApply(Admissions::of);
    }

    /**
     * Events for a battle this node does not run: forwarded to the node that runs it (cluster mode), else answered
     * as the battle's status says.
     */
    private List<CompletableFuture<Admission>> remotely(String battleId, List<BattleEvent> events) {
        if (remote != null && requireRow(battleId).status() == BattleStatus.LIVE) {
            return remote.forward(battleId, events);
        }
        CompletableFuture<Admission> answer = answerWithoutBattle(battleId);
        List<CompletableFuture<Admission>> answers = new ArrayList<>(events.size());
        events.forEach(event -> answers.add(answer));
        return answers;
    }

    /** The owner node saves the result once its writer ends the battle: wait until the row says so. */
    private void awaitEnded(String battleId) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (requireRow(battleId).status() != BattleStatus.ENDED) {
            if (System.nanoTime() > deadline) {
                throw new BattleUnavailableException("the battle's node did not end it in time", null);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BattleUnavailableException("interrupted while ending the battle", e);
            }
        }
    }

    private CompletableFuture<Admission> answerWithoutBattle(String battleId) {
        CompletableFuture<Admission> answer = switch (requireRow(battleId).status()) {
            case SCHEDULED -> NOT_STARTED;
            case LIVE, ENDED -> LATE;
        };
        metrics.admitted(answer.join());
        return answer;
    }

    /** The running battle, resuming a LIVE one this process does not run yet; null when not LIVE. */
    @Nullable
    RunningBattle runningOrNull(String battleId) {
        Objects.requireNonNull(battleId, "battleId must not be null");
        RunningBattle battle = running.get(battleId);
        if (battle != null && !battle.closed()) {
            return battle;
        }
        BattleRow row = requireRow(battleId);
        if (row.status() != BattleStatus.LIVE) {
            return null;
        }
        battle = running.resume(row);
        return battle == null || battle.closed() ? null : battle;
    }

    private BattleView view(BattleRow row) {
        return switch (row.status()) {
            case SCHEDULED -> views.of(row, new Battle(BattleConfigs.toConfig(row.id(), row.setup())).snapshot());
            case LIVE -> live(row);
            case ENDED -> views.ended(row);
        };
    }

    /** A LIVE battle: this node's, or as another node's updates show it (its log replayed when they say nothing). */
    private BattleView live(BattleRow row) {
        RunningBattle battle = running.resume(row);
        if (battle != null) {
            return views.of(battle);
        }
        BattleSnapshot latest = remote == null ? null : remote.latest(row.id()).orElse(null);
        return views.of(row, latest != null ? latest : views.replayed(row));
    }

    BattleRow requireRow(String battleId) {
        Objects.requireNonNull(battleId, "battleId must not be null");
        return repository.find(battleId).orElseThrow(() -> new BattleNotFoundException(battleId));
    }

    private static <T> T await(CompletableFuture<T> future) {
        return Waits.await(future, WAIT);
    }
}
