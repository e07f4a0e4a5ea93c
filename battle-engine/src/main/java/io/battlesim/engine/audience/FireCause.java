package io.battlesim.engine.audience;

/** What filled the goal that fired an audience booster. */
public enum FireCause {
    /** Viewers' votes for the booster reached its threshold. */
    VOTES,
    /** The side's like goal was reached. */
    LIKES
}
