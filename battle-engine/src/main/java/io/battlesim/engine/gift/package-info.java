/**
 * Gift streaks, exactly as TikTok's LIVE clients agree: only type 1 gifts streak; a streak's events carry a
 * cumulative count and stay provisional until the end event, which commits once; streaks are keyed by room,
 * sender, gift and group id (falling back to room, sender and gift); non-increasing counts and events after the
 * end are ignored; a streak whose end event never comes is finalised at its last count and marked inferred (its
 * timeout runs again from the moment a battle resumes after downtime).
 */
@NullMarked
package io.battlesim.engine.gift;

import org.jspecify.annotations.NullMarked;
