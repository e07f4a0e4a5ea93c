package io.battlesim.app.live.connector;

import io.battlesim.app.battle.Admission;
import io.battlesim.app.battle.ChatMessage;
import io.battlesim.engine.event.BattleEvent;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/** Where a connector delivers events: the battle module's {@code submitAll} (a fake in unit tests). */
@FunctionalInterface
interface EventSink {

    /** Submits {@code events} in order; one future per event, completing once the event is durably logged. */
    List<CompletableFuture<Admission>> submitAll(String battleId, List<BattleEvent> events);

    /** The vote a chat comment casts, or null when it casts none (the default: chat counts for nothing). */
    default @Nullable BattleEvent chatVote(String battleId, ChatMessage message) {
        return null;
    }
}
