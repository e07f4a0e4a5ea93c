package io.battlesim.engine.scoring;

/**
 * A side took the lead (strictly ahead of every other side).
 *
 * @param at when, epoch milliseconds
 * @param sideId the new leader; never null
 * @param score the leader's displayed score at that moment
 */
public record LeadChange(long at, String sideId, long score) {}
