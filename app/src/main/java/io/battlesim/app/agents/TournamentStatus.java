package io.battlesim.app.agents;

/** Where a tournament stands. */
public enum TournamentStatus {
    /** Waiting for this node's tournament thread. */
    QUEUED,
    /** Being played. */
    RUNNING,
    /** Every battle played; its standings feed the agents' ratings. */
    FINISHED,
    /** Stopped by its owner; the standings so far are kept but feed no rating. */
    CANCELLED,
    /** The app stopped while it was being played (standings kept when the app stopped gracefully). */
    INTERRUPTED,
    /** The simulation failed; nothing was kept. */
    FAILED;

    /** Whether the tournament will not play another battle. */
    public boolean over() {
        return this != QUEUED && this != RUNNING;
    }
}
