package io.battlesim.tiktok.client;

import org.jspecify.annotations.Nullable;

/**
 * The user object from {@code data.user} of {@code GET /v2/user/info/}; a component is null when its field was
 * not requested or not returned. Texts are untrusted user input: escape them when rendering.
 *
 * @param openId the user's id for this app
 * @param unionId the user's id across the developer's apps
 * @param avatarUrl the avatar image URL
 * @param avatarUrl100 the 100x100 avatar image URL
 * @param avatarLargeUrl the high-resolution avatar image URL
 * @param displayName the display name
 * @param bioDescription the profile bio
 * @param profileDeepLink a link to the profile in the TikTok app
 * @param isVerified whether the account is verified
 * @param username the unique handle
 * @param followerCount number of followers
 * @param followingCount number of accounts followed
 * @param likesCount total likes received
 * @param videoCount number of public videos
 */
public record UserInfo(
        @Nullable String openId,
        @Nullable String unionId,
        @Nullable String avatarUrl,
        @Nullable String avatarUrl100,
        @Nullable String avatarLargeUrl,
        @Nullable String displayName,
        @Nullable String bioDescription,
        @Nullable String profileDeepLink,
        @Nullable Boolean isVerified,
        @Nullable String username,
        @Nullable Long followerCount,
        @Nullable Long followingCount,
        @Nullable Long likesCount,
        @Nullable Long videoCount) {}
