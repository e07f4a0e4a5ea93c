package io.battlesim.engine.sim;

import io.battlesim.engine.BattleSnapshot;
import io.battlesim.engine.Change;
import io.battlesim.engine.Phase;
import io.battlesim.engine.agent.GiftFeed;
import io.battlesim.engine.agent.Observation;
import io.battlesim.engine.agent.Observation.FeedItem;
import io.battlesim.engine.event.BattleEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The simulated participants of a battle played at 1x: the app runs a real battle in real time, asks this run for
 * the agents' and crowds' events due so far, applies them, and reports the battle's committed gifts back (the gift
 * feed agents see). For a practice battle the setup seats agents on one side and leaves the creator's real room
 * without a crowd.
 *
 * <p>It takes the same steps as the {@link Simulator}, from {@code startedAtMillis}: at each step the agents act on
 * the battle as the latest snapshot shows it, then crowds draw the step's arrivals. Before a step the battle must
 * have applied every event due before it, so when a call hands out such events the step waits for the next call:
 * apply what a call returns, then call again until it returns nothing. Driven that way it yields exactly the events
 * of a fast run of the same setup started at the same instant (agents see each step as of its own instant, however
 * late the call). Events are never yielded for after the battle's end. Not thread-safe: one battle's driver calls
 * it.
 */
public final class LiveRun {

    private final Director director;
    private final long startedAt;
    private final long stepMillis;
    private final long durationMillis;
    private final GiftFeed feed = new GiftFeed();
    private long nextStep;

    /**
     * The participants of a battle that started at {@code startedAtMillis}.
     *
     * @param setup who plays, the crowds, the seed and the step; never null
     * @param startedAtMillis the battle's start, epoch milliseconds
     */
    public LiveRun(SimulationSetup setup, long startedAtMillis) {
        Objects.requireNonNull(setup, "setup must not be null");
        this.director = new Director(setup, startedAtMillis);
        this.startedAt = startedAtMillis;
        this.nextStep = startedAtMillis;
        this.stepMillis = setup.step().toMillis();
        this.durationMillis = setup.config().duration().toMillis();
    }

    /**
     * The events due by {@code nowMillis} (gifts and boosters, in time order), running the steps due by then.
     *
     * @param nowMillis the app's clock, epoch milliseconds
     * @param current the battle as it stands, with every event this run yielded before applied; never null
     * @return the events to apply now, in order; never null, empty once the battle is over
     */
    public List<BattleEvent> eventsUntil(long nowMillis, BattleSnapshot current) {
        Objects.requireNonNull(current, "current must not be null");
        List<BattleEvent> due = new ArrayList<>();
        if (current.phase() == Phase.SCHEDULED || current.phase() == Phase.ENDED) {
            return due;
        }
        Long ends = current.endsAt();
        long endsAt = ends == null ? startedAt + durationMillis : ends;
        while (true) {
            release(Math.min(nextStep, nowMillis + 1), endsAt, due);
            boolean stepDue = nextStep <= nowMillis && nextStep < endsAt;
            if (!stepDue || !due.isEmpty()) {
                return due;
            }
            long step = nextStep;
            director.decide(step, (side, at) -> observe(current, side, at));
            nextStep += stepMillis;
        }
    }

    /** Adds a gift the battle committed to the gift feed agents see (the app forwards every commit); not null. */
    public void committed(Change.GiftCommitted gift) {
        Objects.requireNonNull(gift, "gift must not be null");
        feed.add(new FeedItem(gift.sideId(), gift.coins(), gift.at()));
    }

    /** Coins spent so far per agent id, in seat order; never null. */
    public Map<String, Long> spentByAgent() {
        return director.spentByAgent();
    }

    private void release(long before, long endsAt, List<BattleEvent> due) {
        long limit = Math.min(before, endsAt);
        for (BattleEvent event = director.queue().pollBefore(limit);
                event != null;
                event = director.queue().pollBefore(limit)) {
            due.add(event);
        }
    }

    private Observation observe(BattleSnapshot current, int side, long at) {
        return Observation.of(current, side, feed.before(at), at);
    }
}
