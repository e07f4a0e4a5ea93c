package io.battlesim.engine.scoring;

/**
 * A gift committed in the battle's final seconds.
 *
 * @param at when it was sent (its committing event), epoch milliseconds
 * @param sideId the side it scored for; never null
 * @param userId the sender's user id; never null
 * @param nickname the sender's display name, untrusted text; never null
 * @param giftName the gift, untrusted text; never null
 * @param count units
 * @param coins coins (count times unit price)
 * @param points points scored after multipliers and freezes
 */
public record Snipe(
        long at, String sideId, String userId, String nickname, String giftName, int count, long coins, long points) {}
