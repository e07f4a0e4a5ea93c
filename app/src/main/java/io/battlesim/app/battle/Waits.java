package io.battlesim.app.battle;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waiting for a battle's writer to answer, with the module's exceptions instead of checked ones. */
final class Waits {

    private Waits() {}

    static <T> T await(CompletableFuture<T> future, Duration timeout) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BattleUnavailableException("interrupted", e);
        } catch (TimeoutException e) {
            throw new BattleUnavailableException("the battle did not answer in time", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new BattleUnavailableException("the battle failed", e.getCause());
        }
    }
}
