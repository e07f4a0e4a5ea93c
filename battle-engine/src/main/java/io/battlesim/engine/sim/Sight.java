package io.battlesim.engine.sim;

import io.battlesim.engine.agent.Observation;

/** Where agents' observations come from: the fast run's own scoreboard, or a running battle's snapshot at 1x. */
interface Sight {

    /** What a supporter of {@code side} sees at {@code at}. */
    Observation observe(int side, long at);
}
