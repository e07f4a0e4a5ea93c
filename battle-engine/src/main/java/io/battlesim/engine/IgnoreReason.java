package io.battlesim.engine;

/** Why an event changed nothing (it was still recorded as seen). */
public enum IgnoreReason {
    /** The battle has not started. */
    NOT_STARTED,
    /** The event happened before the battle started. */
    BEFORE_START,
    /** The battle is already running. */
    ALREADY_STARTED,
    /** The battle is already over. */
    ALREADY_ENDED,
    /** The room is not part of the battle. */
    UNKNOWN_ROOM,
    /** The receiver (or TikTok's creator id) is not a creator in the battle. */
    UNKNOWN_RECEIVER,
    /** The battle counts only one chosen gift, and this is another one. */
    GIFT_NOT_COUNTED,
    /** A streak event whose count is not higher than the last one seen, and not the end. */
    NON_INCREASING_COUNT,
    /** An event for a streak that is already final. */
    STREAK_ALREADY_FINAL,
    /** TikTok scores older than ones already applied. */
    STALE_SCORES,
    /** A tick with nothing due. */
    NOTHING_DUE
}
