package io.battlesim.tiktok.emulator.live;

/**
 * A viewer who can join, like, chat and gift.
 *
 * @param userId the Live API user id (19 digits)
 * @param uniqueId the handle
 * @param nickname the display nickname; untrusted text (some contain emoji or HTML metacharacters on purpose)
 * @param bigSpender whether the viewer sends the big non-streakable gifts
 * @param generosity how often the viewer gifts compared with others, positive
 */
record Viewer(String userId, String uniqueId, String nickname, boolean bigSpender, double generosity) {}
