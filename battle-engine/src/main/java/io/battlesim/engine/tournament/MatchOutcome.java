package io.battlesim.engine.tournament;

/** How one battle between two agents ended, from the point of view of the agent on the first side. */
public enum MatchOutcome {
    FIRST_WON,
    SECOND_WON,
    TIE;

    /** The first agent's Glicko-2 score: 1, 0 or ½. */
    double firstScore() {
        return switch (this) {
            case FIRST_WON -> 1;
            case SECOND_WON -> 0;
            case TIE -> 0.5;
        };
    }
}
