package io.battlesim.engine;

/** Where a battle is in its life. */
public enum Phase {
    /** Configured, not started; events are ignored. */
    SCHEDULED,
    /** Running within its original duration. */
    LIVE,
    /** Running past its original duration thanks to time extensions. */
    EXTENDED,
    /** Over; the result is final and later events are only recorded as late. */
    ENDED;

    /** Whether the battle is running (live or extended). */
    public boolean running() {
        return this == LIVE || this == EXTENDED;
    }
}
