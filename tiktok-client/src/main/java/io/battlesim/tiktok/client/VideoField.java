package io.battlesim.tiktok.client;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** A field of TikTok's Video Object, as {@code /v2/video/list/} and {@code /v2/video/query/} return it. */
public enum VideoField {
    ID("id"),
    CREATE_TIME("create_time"),
    COVER_IMAGE_URL("cover_image_url"),
    SHARE_URL("share_url"),
    VIDEO_DESCRIPTION("video_description"),
    DURATION("duration"),
    HEIGHT("height"),
    WIDTH("width"),
    TITLE("title"),
    EMBED_HTML("embed_html"),
    EMBED_LINK("embed_link"),
    LIKE_COUNT("like_count"),
    COMMENT_COUNT("comment_count"),
    SHARE_COUNT("share_count"),
    VIEW_COUNT("view_count");

    /** The scope every Video Object field needs. */
    public static final String SCOPE = "video.list";

    private final String fieldName;

    VideoField(String fieldName) {
        this.fieldName = fieldName;
    }

    /** The name TikTok uses in {@code fields=} and in the response, for example {@code cover_image_url}. */
    public String fieldName() {
        return fieldName;
    }

    /** The scope the access token needs for this field: {@value #SCOPE} for every one. */
    public String scope() {
        return SCOPE;
    }

    /** Every field that the given granted scopes allow: all of them with {@value #SCOPE}, else none; never null. */
    public static Set<VideoField> allowedBy(Set<String> grantedScopes) {
        Objects.requireNonNull(grantedScopes, "grantedScopes must not be null");
        return grantedScopes.contains(SCOPE) ? Collections.unmodifiableSet(EnumSet.allOf(VideoField.class)) : Set.of();
    }
}
