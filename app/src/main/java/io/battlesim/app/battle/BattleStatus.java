package io.battlesim.app.battle;

/** Where a battle is in its life, as stored. */
public enum BattleStatus {
    /** Created, not started. */
    SCHEDULED,
    /** Running (including time extensions). */
    LIVE,
    /** Over; its result is saved. */
    ENDED
}
