package io.battlesim.tiktok.emulator.videos;

import io.battlesim.tiktok.emulator.SandboxAccount;

/**
 * What the catalogue needs to know about a sandbox account.
 *
 * @param openId the account's open_id, also the catalogue's seed
 * @param username the handle, for share URLs and the creator's niche
 * @param displayName shown on covers and pages; untrusted text
 * @param followersAtReference the follower count on {@link VideoCatalogue#REFERENCE_INSTANT}
 * @param followingCount accounts followed
 */
record Creator(String openId, String username, String displayName, long followersAtReference, long followingCount) {

    static Creator of(SandboxAccount account) {
        return new Creator(
                account.openId(),
                account.username(),
                account.displayName(),
                account.followerCount(),
                account.followingCount());
    }
}
