package io.battlesim.engine.event;

/**
 * The app runs the battle again after being down (a restart rebuilt it from its log): streaks still open get their
 * whole timeout again from {@code timestamp}, since the downtime was not silence from their senders, only from us.
 * Streaks already due when the battle last heard of anything are finalised first.
 *
 * @param timestamp when the battle resumed, epoch milliseconds
 */
public record Resume(long timestamp) implements BattleCommand {}
