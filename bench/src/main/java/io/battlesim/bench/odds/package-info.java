/**
 * Win-probability benchmarks: the cost of 10,000 rollouts from a mid-battle state ({@code RolloutBenchmark}, JMH)
 * and the honesty of the estimates over thousands of simulated battles ({@code Calibration}, a main class printing
 * the calibration table and Brier scores).
 */
@NullMarked
package io.battlesim.bench.odds;

import org.jspecify.annotations.NullMarked;
