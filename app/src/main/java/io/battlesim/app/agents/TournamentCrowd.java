package io.battlesim.app.agents;

/** Who gives besides the agents in a tournament's battles. */
public enum TournamentCrowd {
    /** Nobody: the agents alone decide every battle. */
    NONE,
    /** A typical modest creator's audience on each side, which adds luck (and its big spenders). */
    TYPICAL,
    /**
     * On each side, the average audience of this app's own recorded battles, fitted from their event logs when the
     * tournament starts (the typical one while none is recorded).
     */
    RECORDED
}
