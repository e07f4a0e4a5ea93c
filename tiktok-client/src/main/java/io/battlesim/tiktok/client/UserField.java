package io.battlesim.tiktok.client;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** A field of {@code GET /v2/user/info/} together with the scope TikTok requires for it. */
public enum UserField {
    OPEN_ID("open_id", UserField.BASIC),
    UNION_ID("union_id", UserField.BASIC),
    AVATAR_URL("avatar_url", UserField.BASIC),
    AVATAR_URL_100("avatar_url_100", UserField.BASIC),
    AVATAR_LARGE_URL("avatar_large_url", UserField.BASIC),
    DISPLAY_NAME("display_name", UserField.BASIC),
    BIO_DESCRIPTION("bio_description", UserField.PROFILE),
    PROFILE_DEEP_LINK("profile_deep_link", UserField.PROFILE),
    IS_VERIFIED("is_verified", UserField.PROFILE),
    USERNAME("username", UserField.PROFILE),
    FOLLOWER_COUNT("follower_count", UserField.STATS),
    FOLLOWING_COUNT("following_count", UserField.STATS),
    LIKES_COUNT("likes_count", UserField.STATS),
    VIDEO_COUNT("video_count", UserField.STATS);

    private static final String BASIC = "user.info.basic";
    private static final String PROFILE = "user.info.profile";
    private static final String STATS = "user.info.stats";

    private final String fieldName;
    private final String scope;

    UserField(String fieldName, String scope) {
        this.fieldName = fieldName;
        this.scope = scope;
    }

    /** The name TikTok uses in {@code fields=} and in the response, for example {@code avatar_url_100}. */
    public String fieldName() {
        return fieldName;
    }

    /** The scope the access token needs for this field, for example {@code user.info.profile}. */
    public String scope() {
        return scope;
    }

    /** Every field that the given granted scopes allow; never null, possibly empty. */
    public static Set<UserField> allowedBy(Set<String> grantedScopes) {
        Objects.requireNonNull(grantedScopes, "grantedScopes must not be null");
        EnumSet<UserField> allowed = EnumSet.noneOf(UserField.class);
        for (UserField field : values()) {
            if (grantedScopes.contains(field.scope)) {
                allowed.add(field);
            }
        }
        return Collections.unmodifiableSet(allowed);
    }
}
