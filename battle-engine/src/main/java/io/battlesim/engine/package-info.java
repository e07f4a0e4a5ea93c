/**
 * The battle engine's API: a {@link io.battlesim.engine.Battle} is configured with its sides and rules, fed
 * normalised events one at a time, answers each with an {@link io.battlesim.engine.ApplyResult} and exposes an
 * immutable {@link io.battlesim.engine.BattleSnapshot} for publishing. Pure Java with no I/O, threads or clock:
 * the same events in the same order always rebuild the same battle.
 */
@NullMarked
package io.battlesim.engine;

import org.jspecify.annotations.NullMarked;
