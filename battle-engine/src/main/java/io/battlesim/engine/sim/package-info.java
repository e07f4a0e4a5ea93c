/**
 * Simulated battles: agents ({@link io.battlesim.engine.agent}) against agents or against a crowd model fitted to
 * recorded battles ({@link io.battlesim.engine.sim.CrowdModel}), played through a real
 * {@link io.battlesim.engine.Battle} so scoring, streaks and boosters are the engine's own. The
 * {@link io.battlesim.engine.sim.Simulator} runs a battle far faster than real time; a
 * {@link io.battlesim.engine.sim.LiveRun} yields the same events at 1x for a battle running in real time. Every run
 * is reproducible from its seed: the same setup gives the same events and the same result.
 */
@NullMarked
package io.battlesim.engine.sim;

import org.jspecify.annotations.NullMarked;
