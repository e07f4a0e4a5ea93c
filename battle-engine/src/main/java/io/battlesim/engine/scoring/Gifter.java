package io.battlesim.engine.scoring;

/**
 * One viewer's contribution to one side.
 *
 * @param userId the viewer's user id; never null
 * @param uniqueId the viewer's handle; never null
 * @param nickname the viewer's display name, untrusted text; never null
 * @param points points scored for the side (after multipliers and freezes)
 * @param coins coins sent (before multipliers)
 * @param gifts committed gifts (a streak counts once)
 * @param likes likes sent
 */
public record Gifter(String userId, String uniqueId, String nickname, long points, long coins, int gifts, long likes) {}
