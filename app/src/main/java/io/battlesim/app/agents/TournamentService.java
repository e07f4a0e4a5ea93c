package io.battlesim.app.agents;

import io.battlesim.app.agents.store.NewTournament;
import io.battlesim.app.agents.store.TournamentStore;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Starting, following and cancelling tournaments. A tournament is stored QUEUED and played in the background by
 * this node's tournament thread; a user has at most one tournament queued or running at a time.
 */
@Service
public class TournamentService {

    /** How long a cancellation waits for the tournament's thread to store the standings so far. */
    private static final Duration CANCEL_WAIT = Duration.ofSeconds(5);

    private final TournamentStore store;
    private final TournamentRunner runner;
    private final TournamentPlanning planning;
    private final AgentSettings settings;
    private final Clock clock;

    TournamentService(
            TournamentStore store,
            TournamentRunner runner,
            Validator validator,
            AgentSettings settings,
            ObjectProvider<Clock> clock) {
        this.store = store;
        this.runner = runner;
        this.planning = new TournamentPlanning(validator, settings.maxGames());
        this.settings = settings;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /** The agents a tournament plays when the request names none: the five strategies, 10,000 coins each. */
    public static List<TournamentRequest.Agent> defaultAgents() {
        return TournamentPlanning.DEFAULT_AGENTS;
    }

    /**
     * Stores a tournament and queues it.
     *
     * @param request what to play; never null
     * @param ownerId the signed-in user starting it
     * @return the stored tournament, QUEUED (or already RUNNING)
     * @throws InvalidTournamentException naming every wrong field
     * @throws TournamentRefusedException when the user has a tournament queued or running (409), or the queue is
     *     full (503)
     */
    public TournamentView start(TournamentRequest request, long ownerId) {
        Objects.requireNonNull(request, "request must not be null");
        TournamentPlanning.Planned planned =
                planning.plan(request, () -> ThreadLocalRandom.current().nextLong());
        store.activeOf(ownerId).ifPresent(active -> {
            throw TournamentRefusedException.alreadyActive(active);
        });
        int queued = store.countQueued();
        if (queued >= settings.maxQueued()) {
            throw TournamentRefusedException.queueFull(queued);
        }
        long id;
        try {
            id = store.insert(newTournament(planned, ownerId));
        } catch (DuplicateKeyException raced) { // a second request of the same user in the same moment
            throw TournamentRefusedException.alreadyActive(
                    store.activeOf(ownerId).orElse(0));
        }
        runner.submit(id);
        return require(id);
    }

    public Optional<TournamentView> find(long id) {
        return store.find(id);
    }

    /** The tournament, or {@link TournamentNotFoundException}. */
    public TournamentView require(long id) {
        return store.find(id).orElseThrow(() -> new TournamentNotFoundException(id));
    }

    /** The newest tournaments first. */
    public List<TournamentSummary> list(int limit) {
        return store.list(limit);
    }

    /**
     * Cancels a queued or running tournament; the standings so far are kept.
     *
     * @param userId the signed-in user asking, who must own it (403 otherwise)
     * @throws TournamentRefusedException when the user does not own it (403) or it is over (409)
     */
    public TournamentView cancel(long id, long userId) {
        TournamentView tournament = require(id);
        if (!tournament.ownedBy(userId)) {
            throw TournamentRefusedException.notOwner();
        }
        if (!store.cancel(id, clock.instant())) {
            throw TournamentRefusedException.over(require(id).status());
        }
        runner.stop(id, CANCEL_WAIT);
        return require(id);
    }

    /** Cancels the user's queued or running tournaments (their account is going), without waiting. */
    void cancelAllOf(long userId) {
        for (long id : store.cancelActiveOf(userId, clock.instant())) {
            runner.stop(id, Duration.ZERO);
        }
    }

    private NewTournament newTournament(TournamentPlanning.Planned planned, long ownerId) {
        var plan = planned.plan();
        List<NewTournament.Entrant> entrants = plan.agents().stream()
                .map(agent -> new NewTournament.Entrant(
                        AgentKeys.of(agent.name(), agent.kind(), agent.budget(), agent.params()),
                        agent.name(),
                        agent.kind(),
                        agent.budget(),
                        agent.params()))
                .toList();
        return new NewTournament(
                planned.name(),
                ownerId,
                plan.pairing(),
                plan.rounds(),
                plan.gamesPerPairing(),
                planned.battleSeconds(),
                planned.crowd(),
                plan.seed(),
                plan.totalGames(),
                clock.instant(),
                entrants);
    }
}
