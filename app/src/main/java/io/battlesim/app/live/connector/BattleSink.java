package io.battlesim.app.live.connector;

import io.battlesim.app.battle.Admission;
import io.battlesim.app.battle.BattleAudience;
import io.battlesim.app.battle.BattleManagement;
import io.battlesim.app.battle.ChatMessage;
import io.battlesim.engine.event.BattleEvent;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/** The battle module as a connector's sink: events to the battle, chat comments read as the audience's votes. */
record BattleSink(BattleManagement battles, BattleAudience audience) implements EventSink {

    @Override
    public List<CompletableFuture<Admission>> submitAll(String battleId, List<BattleEvent> events) {
        return battles.submitAll(battleId, events);
    }

    @Override
    public @Nullable BattleEvent chatVote(String battleId, ChatMessage message) {
        return audience.chatVote(battleId, message).orElse(null);
    }
}
