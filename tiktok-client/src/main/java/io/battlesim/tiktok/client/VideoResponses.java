package io.battlesim.tiktok.client;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Reads the {@code data} of {@code /v2/video/list/} and {@code /v2/video/query/}. */
final class VideoResponses {

    private VideoResponses() {}

    static VideoPage page(Exchange exchange) {
        JsonNode data = ResponseBodies.requireV2Data(exchange);
        List<Video> videos = videos(exchange, data);
        Boolean hasMore = Json.bool(data, "has_more");
        Long cursor = Json.number(data, "cursor");
        if (Boolean.TRUE.equals(hasMore) && cursor == null) {
            throw ResponseBodies.unexpected(exchange, "has_more without a cursor");
        }
        return new VideoPage(videos, cursor == null ? 0 : cursor, Boolean.TRUE.equals(hasMore));
    }

    static List<Video> query(Exchange exchange) {
        return videos(exchange, ResponseBodies.requireV2Data(exchange));
    }

    private static List<Video> videos(Exchange exchange, JsonNode data) {
        JsonNode videos = data.path("videos");
        if (videos.isMissingNode() || videos.isNull()) {
            return List.of();
        }
        if (!videos.isArray()) {
            throw ResponseBodies.unexpected(exchange, "data.videos that is not a list");
        }
        List<Video> read = new ArrayList<>();
        for (JsonNode video : videos) {
            if (!video.isObject()) {
                throw ResponseBodies.unexpected(exchange, "a video that is not an object");
            }
            read.add(video(video));
        }
        return read;
    }

    private static Video video(JsonNode video) {
        Long createTime = Json.number(video, "create_time");
        return new Video(
                Json.text(video, "id"),
                createTime == null ? null : Instant.ofEpochSecond(createTime),
                Json.text(video, "cover_image_url"),
                Json.text(video, "share_url"),
                Json.text(video, "video_description"),
                integer(video, "duration"),
                integer(video, "height"),
                integer(video, "width"),
                Json.text(video, "title"),
                Json.text(video, "embed_html"),
                Json.text(video, "embed_link"),
                Json.number(video, "like_count"),
                Json.number(video, "comment_count"),
                Json.number(video, "share_count"),
                Json.number(video, "view_count"));
    }

    private static @Nullable Integer integer(JsonNode node, String field) {
        Long value = Json.number(node, field);
        return value == null || value != value.intValue() ? null : value.intValue();
    }
}
