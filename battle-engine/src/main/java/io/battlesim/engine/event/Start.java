package io.battlesim.engine.event;

/**
 * Starts the battle: the timer runs from {@code timestamp} for the configured duration.
 *
 * @param timestamp the start, epoch milliseconds
 */
public record Start(long timestamp) implements BattleCommand {}
