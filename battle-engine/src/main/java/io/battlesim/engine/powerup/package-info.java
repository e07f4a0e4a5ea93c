/**
 * Power-ups modelled on TikTok's LIVE Match boosters: the kinds, their configurable rules, the reasons a trigger
 * is refused, and the time windows (boost, mist, freeze, task multiplier) they open on a side. This package
 * depends on nothing else in the engine.
 */
@NullMarked
package io.battlesim.engine.powerup;

import org.jspecify.annotations.NullMarked;
