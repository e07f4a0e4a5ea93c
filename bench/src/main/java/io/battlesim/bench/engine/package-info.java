/**
 * JMH benchmarks of the battle engine: events applied per second on one core, over a realistic mixed stream of
 * LIVE events generated before measuring.
 */
@NullMarked
package io.battlesim.bench.engine;

import org.jspecify.annotations.NullMarked;
