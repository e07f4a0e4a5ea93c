package io.battlesim.engine.powerup;

/** A time-boxed effect on one side's scoring or display. */
public enum Effect {
    /** Points multiplied by the window's factor (Boosting Glove). */
    BOOST,
    /** Points multiplied by TikTok's speed-challenge reward (x2/x3 window, mirror mode). */
    TASK_MULTIPLIER,
    /** The side's score is hidden from opponents (Magic Mist). */
    MIST,
    /** The side scores nothing (an opponent's Stun Hammer). */
    FREEZE
}
