/**
 * The engine's inputs: normalised LIVE events (gifts, likes), the app's commands (start, tick, end, power-up
 * triggers) and TikTok's own LIVE Match events for mirror mode. Every input carries its time in epoch
 * milliseconds; the engine never reads a clock, so the same inputs in the same order always give the same state.
 */
@NullMarked
package io.battlesim.engine.event;

import org.jspecify.annotations.NullMarked;
