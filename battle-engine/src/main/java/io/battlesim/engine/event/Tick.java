package io.battlesim.engine.event;

/**
 * Advances the battle clock: ends the battle when its time is up, closes expired power-up windows and finalises
 * streaks whose end event never came.
 *
 * @param now the app's current time, epoch milliseconds
 */
public record Tick(long now) implements BattleCommand {

    @Override
    public long timestamp() {
        return now;
    }
}
