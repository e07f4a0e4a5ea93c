package io.battlesim.engine.tournament;

/** How a tournament pairs its agents round by round. */
public enum Pairing {
    /**
     * Every agent meets every other once per cycle (the circle method; one agent sits out each round when their
     * number is odd).
     */
    ROUND_ROBIN,
    /**
     * A fixed number of rounds, each pairing agents of similar standing (points, then rating) who have not met yet;
     * fewer battles than a round-robin for many agents, at the price of a less complete picture.
     */
    SWISS
}
