package io.battlesim.engine.sim;

import io.battlesim.engine.BattleConfig;
import io.battlesim.engine.agent.Agent;
import io.battlesim.engine.agent.Observation;
import io.battlesim.engine.agent.Order;
import io.battlesim.engine.event.Sender;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Runs the simulated participants of a battle, step by step, for both the fast run and the 1x run: at each step
 * every agent (in seat order) acts on what its side sees and its orders are scheduled as LIVE events, then each
 * side's crowd schedules the step's arrivals. Each crowd and each agent draws from its own generator split off the
 * seed (crowds first), so nothing depends on how the steps are driven, and a crowd gives the same gifts at the same
 * times whoever plays against it: agents compared on one seed meet the same audience.
 */
final class Director {

    private final Seated[] seats;
    private final @Nullable Crowd[] crowds;
    private final Deliveries deliveries;
    private final EventQueue queue = new EventQueue();
    private final @Nullable Observation[] seen;
    private final long stepMillis;

    /** An agent in its seat, with its sender and when its current streak is done. */
    private static final class Seated {
        final Agent agent;
        final int side;
        final Sender sender;
        final String actorId;
        long busyUntil = Long.MIN_VALUE;

        Seated(Agent agent, int side) {
            this.agent = agent;
            this.side = side;
            this.actorId = "agent:" + agent.spec().id();
            this.sender = new Sender(actorId, agent.spec().id(), agent.spec().name());
        }
    }

    Director(SimulationSetup setup, long startedAt) {
        BattleConfig config = setup.config();
        SplittableRandom seeds = new SplittableRandom(setup.seed());
        int sides = config.sides().size();
        this.crowds = new Crowd[sides];
        for (int side = 0; side < sides; side++) {
            SplittableRandom random = seeds.split(); // split for every side, so a crowd's draws never shift
            CrowdModel model = setup.crowds().get(side);
            if (model != null) {
                crowds[side] = new Crowd(
                        model, side, random, startedAt, config.duration().toMillis());
            }
        }
        this.seats = new Seated[setup.seats().size()];
        for (int i = 0; i < seats.length; i++) {
            Seat seat = setup.seats().get(i);
            seats[i] = new Seated(new Agent(seat.agent(), config.powerUps(), seeds.split()), seat.side());
        }
        this.deliveries = new Deliveries(config, setup.seed(), startedAt, queue);
        this.seen = new Observation[sides];
        this.stepMillis = setup.step().toMillis();
    }

    /** The step at {@code at}: agents act on what {@code sight} shows them, crowds arrive until the next step. */
    void decide(long at, Sight sight) {
        Arrays.fill(seen, null);
        for (Seated seated : seats) {
            Observation observation = seen[seated.side];
            if (observation == null) {
                observation = sight.observe(seated.side, at);
                seen[seated.side] = observation;
            }
            List<Order> orders = seated.agent.act(observation);
            for (int i = 0; i < orders.size(); i++) {
                deliver(seated, orders.get(i), at);
            }
        }
        for (Crowd crowd : crowds) {
            if (crowd != null) {
                crowd.arrive(at, at + stepMillis, deliveries);
            }
        }
    }

    EventQueue queue() {
        return queue;
    }

    /** Coins spent per agent id, in seat order; never null. */
    Map<String, Long> spentByAgent() {
        Map<String, Long> spent = new LinkedHashMap<>();
        for (Seated seated : seats) {
            spent.put(seated.agent.spec().id(), seated.agent.wallet().spent());
        }
        return Collections.unmodifiableMap(spent);
    }

    private void deliver(Seated seated, Order order, long at) {
        switch (order) {
            case Order.Give give -> {
                long from = Math.max(at, seated.busyUntil);
                seated.busyUntil =
                        deliveries.give(seated.sender, seated.side, give.gift().toGift(), give.count(), from);
            }
            case Order.Boost boost -> deliveries.boost(boost.kind(), seated.side, seated.actorId, at);
        }
    }
}
