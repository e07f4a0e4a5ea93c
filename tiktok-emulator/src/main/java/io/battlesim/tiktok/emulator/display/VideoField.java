package io.battlesim.tiktok.emulator.display;

import java.util.Arrays;
import java.util.Optional;

/** The fields of TikTok's Video Object; every one needs the {@code video.list} scope. */
enum VideoField {
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

    static final String SCOPE = "video.list";

    private final String wireName;

    VideoField(String wireName) {
        this.wireName = wireName;
    }

    String wireName() {
        return wireName;
    }

    boolean isCount() {
        return this == LIKE_COUNT || this == COMMENT_COUNT || this == SHARE_COUNT || this == VIEW_COUNT;
    }

    static Optional<VideoField> byWireName(String name) {
        return Arrays.stream(values())
                .filter(field -> field.wireName.equals(name))
                .findFirst();
    }
}
