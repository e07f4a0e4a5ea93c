package io.battlesim.app.scoreboard.stream;

import io.battlesim.app.battle.BattleUpdate;
import io.battlesim.app.battle.BattleUpdates;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Battle updates in memory: keeps every update, replays those after the caller's sequence, counts subscribers. */
final class FakeBattleUpdates implements BattleUpdates {

    private final List<BattleUpdate> published = new ArrayList<>();
    private final List<Consumer<BattleUpdate>> listeners = new CopyOnWriteArrayList<>();
    private int subscriptions;

    @Override
    public synchronized Subscription subscribe(String battleId, long afterSequence, Consumer<BattleUpdate> listener) {
        subscriptions++;
        published.stream().filter(update -> update.sequence() > afterSequence).forEach(listener);
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    synchronized void publish(BattleUpdate update) {
        published.add(update);
        listeners.forEach(listener -> listener.accept(update));
    }

    synchronized int subscriptions() {
        return subscriptions;
    }

    int listeners() {
        return listeners.size();
    }
}
