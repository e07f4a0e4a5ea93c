package io.battlesim.engine.powerup;

/** Who asked for a power-up; the app decides who may, the rules decide which of them are accepted. */
public enum TriggeredBy {
    /** A creator of the side. */
    CREATOR,
    /** A viewer, for example by sending a gift the app maps to a power-up. */
    AUDIENCE,
    /** An automated agent acting for a side. */
    AGENT
}
