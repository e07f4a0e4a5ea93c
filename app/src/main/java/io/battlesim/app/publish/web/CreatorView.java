package io.battlesim.app.publish.web;

import io.battlesim.tiktok.client.CreatorInfo;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The target account as the form shows it, from a fresh creator_info. Names are untrusted text.
 *
 * @param nickname the creator's nickname
 * @param username the creator's handle
 * @param avatarUrl the avatar (http(s) only, else null)
 * @param privacyOptions the privacy levels this post may use, in TikTok's order
 * @param commentDisabled whether the creator turned comments off
 * @param duetDisabled whether duets are off
 * @param stitchDisabled whether stitches are off
 * @param maxVideoSeconds the longest video this creator may post
 * @param visibility whether the account is public or private, as far as the privacy options tell
 */
record CreatorView(
        String nickname,
        String username,
        @Nullable String avatarUrl,
        List<PrivacyOption> privacyOptions,
        boolean commentDisabled,
        boolean duetDisabled,
        boolean stitchDisabled,
        int maxVideoSeconds,
        AccountVisibility visibility) {

    static final String SELF_ONLY = "SELF_ONLY";
    static final String PUBLIC_TO_EVERYONE = "PUBLIC_TO_EVERYONE";
    static final String FOLLOWER_OF_CREATOR = "FOLLOWER_OF_CREATOR";
    private static final Map<String, String> LABELS = Map.of(
            PUBLIC_TO_EVERYONE,
            "Everyone",
            "MUTUAL_FOLLOW_FRIENDS",
            "Friends",
            FOLLOWER_OF_CREATOR,
            "Followers",
            SELF_ONLY,
            "Only me");

    /** A privacy level and how the form names it. */
    record PrivacyOption(String value, String label) {}

    /**
     * Whether the account is public or private. creator_info has no field for it, but TikTok offers "Everyone" only
     * to public accounts and "Followers" only to private ones (facts §4.2).
     */
    enum AccountVisibility {
        PUBLIC,
        PRIVATE,
        UNKNOWN;

        static AccountVisibility of(List<String> privacyLevelOptions) {
            if (privacyLevelOptions.contains(PUBLIC_TO_EVERYONE)) {
                return PUBLIC;
            }
            return privacyLevelOptions.contains(FOLLOWER_OF_CREATOR) ? PRIVATE : UNKNOWN;
        }
    }

    /** The view of creator_info; an unaudited app may offer only "Only me". */
    static CreatorView of(CreatorInfo info, boolean audited) {
        List<PrivacyOption> options = info.privacyLevelOptions().stream()
                .filter(level -> audited || SELF_ONLY.equals(level))
                .map(level -> new PrivacyOption(level, LABELS.getOrDefault(level, level)))
                .toList();
        String avatar = info.creatorAvatarUrl();
        boolean webAvatar = avatar != null && (avatar.startsWith("https://") || avatar.startsWith("http://"));
        return new CreatorView(
                info.creatorNickname() == null ? "" : info.creatorNickname(),
                info.creatorUsername() == null ? "" : info.creatorUsername(),
                webAvatar ? avatar : null,
                options,
                info.commentDisabled(),
                info.duetDisabled(),
                info.stitchDisabled(),
                info.maxVideoPostDurationSec(),
                AccountVisibility.of(info.privacyLevelOptions()));
    }

    /** True when creator_info shows a public account: an unaudited app's posts to it are refused. */
    public boolean publicAccount() {
        return visibility == AccountVisibility.PUBLIC;
    }

    /** True when creator_info shows a private account. */
    public boolean privateAccount() {
        return visibility == AccountVisibility.PRIVATE;
    }

    boolean offers(@Nullable String privacyLevel) {
        return privacyOptions.stream().anyMatch(option -> option.value().equals(privacyLevel));
    }

    public String maxVideoDuration() {
        return maxVideoSeconds / 60 + ":" + String.format("%02d", maxVideoSeconds % 60);
    }
}
