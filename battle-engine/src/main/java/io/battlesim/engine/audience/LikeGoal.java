package io.battlesim.engine.audience;

import io.battlesim.engine.powerup.PowerUpKind;
import java.util.Objects;

/**
 * Likes on a side's rooms that fire a booster for that side. TikTok sends likes in batches (up to 15 taps per
 * event); every tap counts, and the taps beyond the goal start the next one.
 *
 * @param likes likes per goal, 1 to {@value #MAX_LIKES}
 * @param booster the booster a full goal fires; never null
 */
public record LikeGoal(long likes, PowerUpKind booster) {

    public static final long MAX_LIKES = 100_000_000;

    public LikeGoal {
        Objects.requireNonNull(booster, "booster must not be null");
        if (likes < 1 || likes > MAX_LIKES) {
            throw new IllegalArgumentException("likes must be 1 to " + MAX_LIKES + " but was " + likes);
        }
    }
}
