package io.battlesim.app.insights;

/** A creator's profile counts as TikTok reported them ({@code user.info.stats}); zero when the scope is missing. */
public record ProfileCounts(long followers, long following, long likes, long videos) {}
