package io.battlesim.tiktok.emulator;

import java.util.Objects;

/**
 * A sandbox creator account (a TikTok sandbox "target user") that can authorise apps on the consent page.
 *
 * @param openId the user's id as the Display API returns it in {@code open_id}
 * @param unionId the user's {@code union_id}
 * @param username the TikTok handle without {@code @}
 * @param displayName the display name; untrusted text, escape it when rendering
 * @param bioDescription the profile bio; untrusted text
 * @param verified whether the account carries the verified badge
 * @param followerCount followers on {@code VideoCatalogue.REFERENCE_INSTANT} (2026-06-01); the Display API answers
 *     the count at the emulator clock, which grows with the views of the account's videos
 * @param followingCount accounts followed
 * @param likesCount likes received over all videos on 2026-06-01 (the Display API: at the emulator clock)
 * @param videoCount public videos on 2026-06-01 (the Display API: at the emulator clock)
 */
public record SandboxAccount(
        String openId,
        String unionId,
        String username,
        String displayName,
        String bioDescription,
        boolean verified,
        long followerCount,
        long followingCount,
        long likesCount,
        long videoCount) {

    /** Checks that no text field is null and no count is negative. */
    public SandboxAccount {
        Objects.requireNonNull(openId, "openId must not be null");
        Objects.requireNonNull(unionId, "unionId must not be null");
        Objects.requireNonNull(username, "username must not be null");
        Objects.requireNonNull(displayName, "displayName must not be null");
        Objects.requireNonNull(bioDescription, "bioDescription must not be null");
        if (followerCount < 0 || followingCount < 0 || likesCount < 0 || videoCount < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }
}
