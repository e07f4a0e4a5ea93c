package io.battlesim.tiktok.client;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a creator may post right now, from {@code POST /v2/post/publish/creator_info/query/}; query it before every
 * Direct Post and build the form from it. Texts are untrusted user input: escape them when rendering.
 *
 * @param creatorAvatarUrl the avatar URL (valid for about 2 hours), or null
 * @param creatorUsername the unique handle, or null
 * @param creatorNickname the display name, or null
 * @param privacyLevelOptions the privacy levels this creator may choose from; never null
 * @param commentDisabled true when the creator turned comments off
 * @param duetDisabled true when duets are off or the account is private (ignore for photos)
 * @param stitchDisabled true when stitches are off or the account is private (ignore for photos)
 * @param maxVideoPostDurationSec the longest video this creator may post, in seconds
 */
public record CreatorInfo(
        @Nullable String creatorAvatarUrl,
        @Nullable String creatorUsername,
        @Nullable String creatorNickname,
        List<String> privacyLevelOptions,
        boolean commentDisabled,
        boolean duetDisabled,
        boolean stitchDisabled,
        int maxVideoPostDurationSec) {

    /** Copies the options. */
    public CreatorInfo {
        privacyLevelOptions = List.copyOf(Objects.requireNonNull(privacyLevelOptions, "privacyLevelOptions"));
    }
}
