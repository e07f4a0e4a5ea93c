package io.battlesim.engine.powerup;

/** The boosters a side can use during a battle, after TikTok's LIVE Match cards. */
public enum PowerUpKind {
    /** Multiplies the side's points for a window (TikTok: up to 5x for 30 s). */
    BOOSTING_GLOVE,
    /** Hides the side's score from opponents for a window. */
    MAGIC_MIST,
    /** Freezes every opponent's scoring for a window. */
    STUN_HAMMER,
    /** Extends the battle timer. */
    TIME_MAKER
}
