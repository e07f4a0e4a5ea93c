package io.battlesim.engine.sim;

import io.battlesim.engine.ApplyResult;
import io.battlesim.engine.BattleConfig;
import io.battlesim.engine.BattleSnapshot;
import io.battlesim.engine.Change;
import io.battlesim.engine.SideConfig;
import io.battlesim.engine.agent.AgentSpec;
import io.battlesim.engine.agent.StrategyKind;
import io.battlesim.engine.event.BattleEvent;
import io.battlesim.engine.event.GiftReceived;
import io.battlesim.engine.event.PowerUpTriggered;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Object mother for simulated battles: a five-minute 1v1, agents, crowds, and a recording observer. */
public final class SimFixtures {

    public static final String ROOM_A = "room-a";
    public static final String ROOM_B = "room-b";

    private SimFixtures() {}

    /** A five-minute battle of side A (room-a, host-a) against side B (room-b, host-b), standard boosters. */
    public static BattleConfig.Builder oneVsOne() {
        return BattleConfig.builder("sim-battle")
                .side(SideConfig.host("A", "Ava", ROOM_A, "host-a"))
                .side(SideConfig.host("B", "Leo", ROOM_B, "host-b"));
    }

    public static AgentSpec agent(String id, StrategyKind kind, long budget) {
        return AgentSpec.of(id, kind, budget);
    }

    /** Two agents facing each other, no crowds. */
    public static SimulationSetup duel(AgentSpec onA, AgentSpec onB, long seed) {
        return new SimulationSetup(oneVsOne().build(), List.of(new Seat(onA, 0), new Seat(onB, 1)), Map.of(), seed);
    }

    /** Two agents facing each other, each side with a typical crowd. */
    public static SimulationSetup duelWithCrowds(AgentSpec onA, AgentSpec onB, long seed) {
        return new SimulationSetup(
                oneVsOne().build(),
                List.of(new Seat(onA, 0), new Seat(onB, 1)),
                Map.of(0, CrowdModel.typical(), 1, CrowdModel.typical()),
                seed);
    }

    /** Everything a simulation fed its battle, with the results, snapshots and commits. */
    public static final class Recording implements SimulationObserver {

        public final List<BattleEvent> events = new ArrayList<>();
        public final List<ApplyResult> results = new ArrayList<>();
        public final List<BattleSnapshot> snapshots = new ArrayList<>();
        public final List<Change.GiftCommitted> commits = new ArrayList<>();

        @Override
        public void onStep(BattleSnapshot snapshot, List<Change.GiftCommitted> committedThisStep) {
            snapshots.add(snapshot);
            commits.addAll(committedThisStep);
        }

        @Override
        public void onEvent(BattleEvent event, ApplyResult result) {
            events.add(event);
            results.add(result);
        }

        /** The gift events one agent sent. */
        public List<GiftReceived> giftsOf(String agentId) {
            List<GiftReceived> gifts = new ArrayList<>();
            for (BattleEvent event : events) {
                if (event instanceof GiftReceived gift && gift.sender().userId().equals("agent:" + agentId)) {
                    gifts.add(gift);
                }
            }
            return gifts;
        }

        /** The commits of one agent's gifts. */
        public List<Change.GiftCommitted> commitsOf(String agentId) {
            return commits.stream()
                    .filter(commit -> commit.sender().userId().equals("agent:" + agentId))
                    .toList();
        }

        /** The booster triggers one agent sent, with their results. */
        public List<ApplyResult> boostsOf(String agentId) {
            List<ApplyResult> boosts = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                if (events.get(i) instanceof PowerUpTriggered trigger
                        && ("agent:" + agentId).equals(trigger.actorId())) {
                    boosts.add(results.get(i));
                }
            }
            return boosts;
        }
    }

    public static Recording record(SimulationSetup setup) {
        Recording recording = new Recording();
        new Simulator().run(setup, recording);
        return recording;
    }
}
