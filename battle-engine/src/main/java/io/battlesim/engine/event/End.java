package io.battlesim.engine.event;

/**
 * Ends the battle now, before its timer runs out (for example when a creator leaves).
 *
 * @param timestamp the end, epoch milliseconds
 */
public record End(long timestamp) implements BattleCommand {}
