package io.battlesim.tiktok.emulator.display;

import io.battlesim.tiktok.emulator.SandboxAccount;
import io.battlesim.tiktok.emulator.accounts.SandboxAccounts;
import io.battlesim.tiktok.emulator.videos.ProfileCounts;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The fields of {@code /v2/user/info/} and the scope each needs (TikTok's 2024 scope migration table); the stats come
 * from the creator's video catalogue at the request's instant.
 */
enum UserField {
    OPEN_ID("open_id", Scope.BASIC),
    UNION_ID("union_id", Scope.BASIC),
    AVATAR_URL("avatar_url", Scope.BASIC),
    AVATAR_URL_100("avatar_url_100", Scope.BASIC),
    AVATAR_LARGE_URL("avatar_large_url", Scope.BASIC),
    DISPLAY_NAME("display_name", Scope.BASIC),
    BIO_DESCRIPTION("bio_description", Scope.PROFILE),
    PROFILE_DEEP_LINK("profile_deep_link", Scope.PROFILE),
    IS_VERIFIED("is_verified", Scope.PROFILE),
    USERNAME("username", Scope.PROFILE),
    FOLLOWER_COUNT("follower_count", Scope.STATS),
    FOLLOWING_COUNT("following_count", Scope.STATS),
    LIKES_COUNT("likes_count", Scope.STATS),
    VIDEO_COUNT("video_count", Scope.STATS);

    /** Scope names used by the table. */
    static final class Scope {
        static final String BASIC = "user.info.basic";
        static final String PROFILE = "user.info.profile";
        static final String STATS = "user.info.stats";

        private Scope() {}
    }

    private final String wireName;
    private final String scope;

    UserField(String wireName, String scope) {
        this.wireName = wireName;
        this.scope = scope;
    }

    String wireName() {
        return wireName;
    }

    String scope() {
        return scope;
    }

    static Optional<UserField> byWireName(String name) {
        return Arrays.stream(values())
                .filter(field -> field.wireName.equals(name))
                .findFirst();
    }

    /** The field's value; {@code stats} is read only for the {@code user.info.stats} fields. */
    Object valueOf(SandboxAccount account, Supplier<ProfileCounts> stats, String baseUrl) {
        return switch (this) {
            case OPEN_ID -> account.openId();
            case UNION_ID -> account.unionId();
            case AVATAR_URL -> SandboxAccounts.avatarUrl(baseUrl, account, 168);
            case AVATAR_URL_100 -> SandboxAccounts.avatarUrl(baseUrl, account, 100);
            case AVATAR_LARGE_URL -> SandboxAccounts.avatarUrl(baseUrl, account, 720);
            case DISPLAY_NAME -> account.displayName();
            case BIO_DESCRIPTION -> account.bioDescription();
            case PROFILE_DEEP_LINK -> baseUrl + "/#account-" + account.username();
            case IS_VERIFIED -> account.verified();
            case USERNAME -> account.username();
            case FOLLOWER_COUNT -> stats.get().followerCount();
            case FOLLOWING_COUNT -> stats.get().followingCount();
            case LIKES_COUNT -> stats.get().likesCount();
            case VIDEO_COUNT -> stats.get().videoCount();
        };
    }
}
