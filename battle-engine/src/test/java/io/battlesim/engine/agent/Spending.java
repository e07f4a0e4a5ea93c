package io.battlesim.engine.agent;

import io.battlesim.engine.event.BattleEvent;
import io.battlesim.engine.event.GiftReceived;
import io.battlesim.engine.event.PowerUpTriggered;
import io.battlesim.engine.sim.SimFixtures;
import io.battlesim.engine.sim.Simulator;
import java.util.ArrayList;
import java.util.List;

/** When an agent spent what, read from the events a simulation fed its battle (a streak counts at its end). */
record Spending(List<Spending.Spent> items) {

    record Spent(long second, long coins) {}

    static Spending of(SimFixtures.Recording recording, String agentId) {
        String sender = "agent:" + agentId;
        List<Spent> items = new ArrayList<>();
        for (BattleEvent event : recording.events) {
            long second = (event.timestamp() - Simulator.START_MILLIS) / 1000;
            if (event instanceof GiftReceived gift && gift.sender().userId().equals(sender)) {
                if (!gift.gift().streakable() || gift.repeatEnd()) {
                    items.add(new Spent(
                            second, (long) gift.repeatCount() * gift.gift().diamondCount()));
                }
            } else if (event instanceof PowerUpTriggered trigger && sender.equals(trigger.actorId())) {
                items.add(new Spent(second, GiftCatalogue.boosterPrice(trigger.kind())));
            }
        }
        return new Spending(items);
    }

    long total() {
        return between(0, Long.MAX_VALUE);
    }

    /** Coins spent from second {@code from} (inclusive) to second {@code to} (exclusive). */
    long between(long from, long to) {
        long coins = 0;
        for (Spent spent : items) {
            if (spent.second() >= from && spent.second() < to) {
                coins += spent.coins();
            }
        }
        return coins;
    }
}
