package io.battlesim.app.battle;

import io.battlesim.engine.ApplyResult;
import io.battlesim.engine.event.BattleEvent;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * An event waiting for a battle's writer, with the future its result completes (null for timer ticks nobody
 * waits for).
 */
record Submission(BattleEvent event, @Nullable CompletableFuture<ApplyResult> result) {

    void complete(ApplyResult applied) {
        if (result != null) {
            result.complete(applied);
        }
    }

    void fail(Throwable failure) {
        if (result != null) {
            result.completeExceptionally(failure);
        }
    }
}
