/**
 * Skill ratings with their uncertainty: Glickman's Glicko-2 system. A {@link io.battlesim.engine.rating.Rating} is
 * a rating, its deviation (how unsure it is) and its volatility (how erratic the player is);
 * {@link io.battlesim.engine.rating.Glicko2} updates one at the end of a rating period from the games played in it.
 */
@NullMarked
package io.battlesim.engine.rating;

import org.jspecify.annotations.NullMarked;
