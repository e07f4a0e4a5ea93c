package io.battlesim.tiktok.client;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code fields} parameter and JSON bodies of {@code /v2/video/list/} and {@code /v2/video/query/}, checked
 * against TikTok's limits before anything is sent.
 */
final class VideoRequests {

    private VideoRequests() {}

    /** The comma-joined field names in a fixed order. */
    static String fieldNames(Set<VideoField> fields) {
        Objects.requireNonNull(fields, "fields must not be null");
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("fields must not be empty");
        }
        return EnumSet.copyOf(fields).stream().map(VideoField::fieldName).collect(Collectors.joining(","));
    }

    static void requirePageSize(int size, String name) {
        if (size < 1 || size > Display.MAX_VIDEOS_PER_CALL) {
            throw new IllegalArgumentException(name + " must be 1 to " + Display.MAX_VIDEOS_PER_CALL + ", got " + size);
        }
    }

    static String list(@Nullable Long cursor, @Nullable Integer maxCount) {
        ObjectNode body = Json.object();
        if (cursor != null) {
            if (cursor < 0) {
                throw new IllegalArgumentException("cursor must be a UTC timestamp in milliseconds, got " + cursor);
            }
            body.put("cursor", cursor);
        }
        if (maxCount != null) {
            requirePageSize(maxCount, "maxCount");
            body.put("max_count", maxCount);
        }
        return Json.write(body);
    }

    static String query(Collection<String> videoIds) {
        Set<String> ids = new LinkedHashSet<>();
        for (String id : Objects.requireNonNull(videoIds, "videoIds must not be null")) {
            if (Objects.requireNonNull(id, "videoIds must not contain null").isBlank()) {
                throw new IllegalArgumentException("videoIds must not contain blank ids");
            }
            ids.add(id);
        }
        if (ids.isEmpty() || ids.size() > Display.MAX_VIDEOS_PER_CALL) {
            throw new IllegalArgumentException("TikTok takes 1 to " + Display.MAX_VIDEOS_PER_CALL
                    + " video ids per query, got " + ids.size() + "; split the ids into batches");
        }
        ObjectNode body = Json.object();
        ArrayNode list = body.putObject("filters").putArray("video_ids");
        ids.forEach(list::add);
        return Json.write(body);
    }
}
