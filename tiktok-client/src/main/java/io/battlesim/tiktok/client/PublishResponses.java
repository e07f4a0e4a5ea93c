package io.battlesim.tiktok.client;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** Reads the {@code data} of Content Posting answers; the error code is checked before, whatever the status. */
final class PublishResponses {

    private PublishResponses() {}

    static CreatorInfo creatorInfo(Exchange exchange) {
        JsonNode data = ResponseBodies.requireV2Data(exchange);
        List<String> options = new ArrayList<>();
        data.path("privacy_level_options").forEach(option -> options.add(option.asString()));
        Long maxDuration = Json.number(data, "max_video_post_duration_sec");
        return new CreatorInfo(
                Json.text(data, "creator_avatar_url"),
                Json.text(data, "creator_username"),
                Json.text(data, "creator_nickname"),
                options,
                Boolean.TRUE.equals(Json.bool(data, "comment_disabled")),
                Boolean.TRUE.equals(Json.bool(data, "duet_disabled")),
                Boolean.TRUE.equals(Json.bool(data, "stitch_disabled")),
                maxDuration == null ? 0 : maxDuration.intValue());
    }

    static PublishTicket ticket(Exchange exchange) {
        JsonNode data = ResponseBodies.requireV2Data(exchange);
        String publishId = Json.text(data, "publish_id");
        if (publishId == null || publishId.isBlank()) {
            throw ResponseBodies.unexpected(exchange, "no data.publish_id");
        }
        String uploadUrl = Json.text(data, "upload_url");
        return new PublishTicket(
                publishId,
                uploadUrl == null || uploadUrl.isBlank() ? Optional.empty() : Optional.of(uri(exchange, uploadUrl)));
    }

    static PublishStatus status(Exchange exchange) {
        JsonNode data = ResponseBodies.requireV2Data(exchange);
        String text = Json.text(data, "status");
        PublishState state = PublishState.parse(text == null ? "" : text)
                .orElseThrow(() -> ResponseBodies.unexpected(exchange, "an unknown publish status"));
        List<String> postIds = new ArrayList<>();
        // TikTok misspells the field; the fixed spelling is read too in case TikTok corrects it.
        JsonNode ids = data.has("publicaly_available_post_id")
                ? data.path("publicaly_available_post_id")
                : data.path("publicly_available_post_id");
        ids.forEach(id -> postIds.add(id.asString()));
        String failReason = Json.text(data, "fail_reason");
        return new PublishStatus(
                state,
                failReason == null || failReason.isBlank() ? null : failReason,
                postIds,
                orZero(Json.number(data, "uploaded_bytes")),
                orZero(Json.number(data, "downloaded_bytes")));
    }

    private static URI uri(Exchange exchange, String text) {
        try {
            return URI.create(text);
        } catch (IllegalArgumentException e) {
            throw ResponseBodies.unexpected(exchange, "an upload_url that is not a URI");
        }
    }

    private static long orZero(@org.jspecify.annotations.Nullable Long value) {
        return value == null ? 0 : value;
    }
}
