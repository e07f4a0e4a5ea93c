/**
 * JMH benchmark of the battle simulator: simulated battle-seconds per second on one core, agents against agents
 * with typical crowds on both sides, every battle with its own seed.
 */
@NullMarked
package io.battlesim.bench.sim;

import org.jspecify.annotations.NullMarked;
