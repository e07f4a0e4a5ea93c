package io.battlesim.engine.gift;

/** What one streakable gift event did to its streak. */
public enum StreakStep {
    /** A new provisional streak began. */
    STARTED,
    /** A provisional streak's count rose. */
    PROGRESSED,
    /** The end event arrived: commit the streak's count now, once. */
    COMMITTED,
    /** The count was not higher than the last one seen and the event was not the end: ignored. */
    NON_INCREASING,
    /** The streak was already final: a late event, ignored. */
    ALREADY_FINAL
}
