package io.battlesim.tiktok.emulator.publish;

import io.battlesim.tiktok.emulator.SandboxAccount;
import java.util.List;

/**
 * What {@code creator_info} says about a sandbox creator. Varied across the accounts on purpose so apps meet
 * private and public accounts, disabled comments, duets and stitches, and 3, 5 or 10 minute limits.
 *
 * @param privateAccount whether the account is private (duet and stitch are then always disabled)
 * @param commentDisabled comments set to "No one"
 * @param duetDisabled duets off
 * @param stitchDisabled stitches off
 * @param maxVideoPostDurationSec the longest video this creator may post
 */
record CreatorProfile(
        boolean privateAccount,
        boolean commentDisabled,
        boolean duetDisabled,
        boolean stitchDisabled,
        int maxVideoPostDurationSec) {

    private static final int[] DURATIONS = {600, 180, 300};

    /**
     * ava.sparks (index 0) turned nothing off; the others vary by their position in the account list. Whether the
     * account is private is its own setting ({@link AccountPrivacy}).
     */
    static CreatorProfile of(List<SandboxAccount> accounts, SandboxAccount account, boolean privateAccount) {
        int index = Math.max(0, accounts.indexOf(account));
        return new CreatorProfile(
                privateAccount,
                index % 5 == 4,
                privateAccount || index % 3 == 2,
                privateAccount || index % 4 == 1,
                DURATIONS[index % 3]);
    }

    /** TikTok's options: a private account offers followers instead of everyone (facts §4.2). */
    List<String> privacyLevelOptions() {
        return privateAccount
                ? List.of("FOLLOWER_OF_CREATOR", "MUTUAL_FOLLOW_FRIENDS", "SELF_ONLY")
                : List.of("PUBLIC_TO_EVERYONE", "MUTUAL_FOLLOW_FRIENDS", "SELF_ONLY");
    }
}
