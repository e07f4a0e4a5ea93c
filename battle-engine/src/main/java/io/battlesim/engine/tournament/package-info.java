/**
 * Tournaments between agents: round-robin or Swiss pairings, many simulated battles per pairing with sides and
 * seeds alternating, Glicko-2 ratings updated once per round, and standings with each agent's rating and its
 * uncertainty. A {@link io.battlesim.engine.tournament.Tournament} runs on the caller's thread, reports progress and
 * stops early when asked.
 */
@NullMarked
package io.battlesim.engine.tournament;

import org.jspecify.annotations.NullMarked;
